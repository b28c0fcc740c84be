import CTesseract
import Foundation
import ReportModel

/// Tesseract's C API, loaded with `dlopen` the first time a page needs OCR. Linked in, libtesseract and the ~70
/// libraries it pulls in (curl, archive, their TLS and Kerberos stacks) cost every run the time the dynamic loader
/// spends on them, most of a born-digital run's start; loaded here, only runs that recognise a page pay for them.
///
/// The header still gives the types and constants; only the functions come from the loaded library. The library stays
/// loaded for the life of the process.
struct TesseractLibrary: @unchecked Sendable {  // immutable pointers to C functions
    let create: @convention(c) () -> OpaquePointer?
    let delete: @convention(c) (OpaquePointer?) -> Void
    let initialize: @convention(c) (OpaquePointer?, UnsafePointer<CChar>?, UnsafePointer<CChar>?, TessOcrEngineMode) -> Int32
    let setVariable: @convention(c) (OpaquePointer?, UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> Int32
    let end: @convention(c) (OpaquePointer?) -> Void
    let setImage: @convention(c) (OpaquePointer?, UnsafePointer<UInt8>?, Int32, Int32, Int32, Int32) -> Void
    let setSourceResolution: @convention(c) (OpaquePointer?, Int32) -> Void
    let setPageSegMode: @convention(c) (OpaquePointer?, TessPageSegMode) -> Void
    let setRectangle: @convention(c) (OpaquePointer?, Int32, Int32, Int32, Int32) -> Void
    let recognize: @convention(c) (OpaquePointer?, OpaquePointer?) -> Int32
    let iterator: @convention(c) (OpaquePointer?) -> OpaquePointer?
    let deleteIterator: @convention(c) (OpaquePointer?) -> Void
    let pageIterator: @convention(c) (OpaquePointer?) -> OpaquePointer?
    let text: @convention(c) (OpaquePointer?, TessPageIteratorLevel) -> UnsafeMutablePointer<CChar>?
    let deleteText: @convention(c) (UnsafePointer<CChar>?) -> Void
    let isAtBeginningOf: @convention(c) (OpaquePointer?, TessPageIteratorLevel) -> Int32
    let confidence: @convention(c) (OpaquePointer?, TessPageIteratorLevel) -> Float
    let next: @convention(c) (OpaquePointer?, TessPageIteratorLevel) -> Int32
    let boundingBox: @convention(c) (
        OpaquePointer?, TessPageIteratorLevel, UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>?,
        UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>?
    ) -> Int32

    /// The library, loaded once per process on first use; an error says why OCR cannot run.
    static let shared: Result<TesseractLibrary, GovReportsError> = load()

    /// The sonames Debian's libtesseract5 and other builds install.
    static let names = ["libtesseract.so.5", "libtesseract.so"]

    private static func load() -> Result<TesseractLibrary, GovReportsError> {
        guard let handle = names.lazy.compactMap({ dlopen($0, RTLD_NOW | RTLD_LOCAL) }).first else {
            let reason = dlerror().map { String(cString: $0) } ?? "not found"
            return .failure(.ocrUnavailable(reason: "libtesseract cannot be loaded (\(reason)); install libtesseract5"))
        }
        struct Missing: Error {
            var name: String
        }
        func symbol<T>(_ name: String, as type: T.Type) throws -> T {
            guard let address = dlsym(handle, name) else { throw Missing(name: name) }
            return unsafeBitCast(address, to: type)
        }
        do {
            return .success(try TesseractLibrary(
            create: symbol("TessBaseAPICreate", as: (@convention(c) () -> OpaquePointer?).self),
            delete: symbol("TessBaseAPIDelete", as: (@convention(c) (OpaquePointer?) -> Void).self),
            initialize: symbol("TessBaseAPIInit2", as: (@convention(c) (OpaquePointer?, UnsafePointer<CChar>?, UnsafePointer<CChar>?, TessOcrEngineMode) -> Int32).self),
            setVariable: symbol("TessBaseAPISetVariable", as: (@convention(c) (OpaquePointer?, UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> Int32).self),
            end: symbol("TessBaseAPIEnd", as: (@convention(c) (OpaquePointer?) -> Void).self),
            setImage: symbol("TessBaseAPISetImage", as: (@convention(c) (OpaquePointer?, UnsafePointer<UInt8>?, Int32, Int32, Int32, Int32) -> Void).self),
            setSourceResolution: symbol("TessBaseAPISetSourceResolution", as: (@convention(c) (OpaquePointer?, Int32) -> Void).self),
            setPageSegMode: symbol("TessBaseAPISetPageSegMode", as: (@convention(c) (OpaquePointer?, TessPageSegMode) -> Void).self),
            setRectangle: symbol("TessBaseAPISetRectangle", as: (@convention(c) (OpaquePointer?, Int32, Int32, Int32, Int32) -> Void).self),
            recognize: symbol("TessBaseAPIRecognize", as: (@convention(c) (OpaquePointer?, OpaquePointer?) -> Int32).self),
            iterator: symbol("TessBaseAPIGetIterator", as: (@convention(c) (OpaquePointer?) -> OpaquePointer?).self),
            deleteIterator: symbol("TessResultIteratorDelete", as: (@convention(c) (OpaquePointer?) -> Void).self),
            pageIterator: symbol("TessResultIteratorGetPageIterator", as: (@convention(c) (OpaquePointer?) -> OpaquePointer?).self),
            text: symbol("TessResultIteratorGetUTF8Text", as: (@convention(c) (OpaquePointer?, TessPageIteratorLevel) -> UnsafeMutablePointer<CChar>?).self),
            deleteText: symbol("TessDeleteText", as: (@convention(c) (UnsafePointer<CChar>?) -> Void).self),
            isAtBeginningOf: symbol("TessPageIteratorIsAtBeginningOf", as: (@convention(c) (OpaquePointer?, TessPageIteratorLevel) -> Int32).self),
            confidence: symbol("TessResultIteratorConfidence", as: (@convention(c) (OpaquePointer?, TessPageIteratorLevel) -> Float).self),
            next: symbol("TessResultIteratorNext", as: (@convention(c) (OpaquePointer?, TessPageIteratorLevel) -> Int32).self),
            boundingBox: symbol(
                "TessPageIteratorBoundingBox",
                as: (@convention(c) (OpaquePointer?, TessPageIteratorLevel, UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>?,
                    UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>?) -> Int32).self)))
        } catch let missing as Missing {
            return .failure(.ocrUnavailable(reason: "libtesseract has no \(missing.name)"))
        } catch {
            return .failure(.ocrUnavailable(reason: "\(error)"))
        }
    }
}
