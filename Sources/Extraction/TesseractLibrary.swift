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
        let library: DynamicLibrary
        switch DynamicLibrary.open(names) {
        case .success(let opened): library = opened
        case .failure(let failure):
            return .failure(.ocrUnavailable(reason: "libtesseract cannot be loaded (\(failure.reason)); install libtesseract5"))
        }
        do {
            return .success(try TesseractLibrary(
            create: library.symbol("TessBaseAPICreate", as: (@convention(c) () -> OpaquePointer?).self),
            delete: library.symbol("TessBaseAPIDelete", as: (@convention(c) (OpaquePointer?) -> Void).self),
            initialize: library.symbol("TessBaseAPIInit2", as: (@convention(c) (OpaquePointer?, UnsafePointer<CChar>?, UnsafePointer<CChar>?, TessOcrEngineMode) -> Int32).self),
            setVariable: library.symbol("TessBaseAPISetVariable", as: (@convention(c) (OpaquePointer?, UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> Int32).self),
            end: library.symbol("TessBaseAPIEnd", as: (@convention(c) (OpaquePointer?) -> Void).self),
            setImage: library.symbol("TessBaseAPISetImage", as: (@convention(c) (OpaquePointer?, UnsafePointer<UInt8>?, Int32, Int32, Int32, Int32) -> Void).self),
            setSourceResolution: library.symbol("TessBaseAPISetSourceResolution", as: (@convention(c) (OpaquePointer?, Int32) -> Void).self),
            setPageSegMode: library.symbol("TessBaseAPISetPageSegMode", as: (@convention(c) (OpaquePointer?, TessPageSegMode) -> Void).self),
            setRectangle: library.symbol("TessBaseAPISetRectangle", as: (@convention(c) (OpaquePointer?, Int32, Int32, Int32, Int32) -> Void).self),
            recognize: library.symbol("TessBaseAPIRecognize", as: (@convention(c) (OpaquePointer?, OpaquePointer?) -> Int32).self),
            iterator: library.symbol("TessBaseAPIGetIterator", as: (@convention(c) (OpaquePointer?) -> OpaquePointer?).self),
            deleteIterator: library.symbol("TessResultIteratorDelete", as: (@convention(c) (OpaquePointer?) -> Void).self),
            pageIterator: library.symbol("TessResultIteratorGetPageIterator", as: (@convention(c) (OpaquePointer?) -> OpaquePointer?).self),
            text: library.symbol("TessResultIteratorGetUTF8Text", as: (@convention(c) (OpaquePointer?, TessPageIteratorLevel) -> UnsafeMutablePointer<CChar>?).self),
            deleteText: library.symbol("TessDeleteText", as: (@convention(c) (UnsafePointer<CChar>?) -> Void).self),
            isAtBeginningOf: library.symbol("TessPageIteratorIsAtBeginningOf", as: (@convention(c) (OpaquePointer?, TessPageIteratorLevel) -> Int32).self),
            confidence: library.symbol("TessResultIteratorConfidence", as: (@convention(c) (OpaquePointer?, TessPageIteratorLevel) -> Float).self),
            next: library.symbol("TessResultIteratorNext", as: (@convention(c) (OpaquePointer?, TessPageIteratorLevel) -> Int32).self),
            boundingBox: library.symbol(
                "TessPageIteratorBoundingBox",
                as: (@convention(c) (OpaquePointer?, TessPageIteratorLevel, UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>?,
                    UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>?) -> Int32).self)))
        } catch let missing as DynamicLibrary.MissingSymbol {
            return .failure(.ocrUnavailable(reason: "libtesseract has no \(missing.name)"))
        } catch {
            return .failure(.ocrUnavailable(reason: "\(error)"))
        }
    }
}
