import Foundation
import ReportModel

/// poppler-glib's and cairo's functions, loaded with `dlopen` the first time a page is rendered (for OCR or an
/// overlay). Text pages are read with Poppler's core library alone (`PageContent`); linked in, poppler-glib, cairo,
/// glib and the X11 libraries cairo pulls in would cost every run the dynamic loader's time on them, a tenth of a
/// born-digital run.
///
/// Every call into them in the module goes through this table. Pointers are opaque; a `GError` is read by its fields'
/// offsets (`domain` 0, `code` 4, `message` 8), which are glib's ABI. The library stays loaded for the life of the
/// process.
struct PopplerGlib: @unchecked Sendable {  // immutable pointers to C functions
    typealias Pointer = OpaquePointer
    typealias ErrorOut = UnsafeMutablePointer<UnsafeMutableRawPointer?>

    let documentNewFromFile: @convention(c) (UnsafePointer<CChar>?, UnsafePointer<CChar>?, ErrorOut?) -> Pointer?
    let documentPageCount: @convention(c) (Pointer?) -> Int32
    let documentPage: @convention(c) (Pointer?, Int32) -> Pointer?
    let errorQuark: @convention(c) () -> UInt32
    let pageSize: @convention(c) (Pointer?, UnsafeMutablePointer<Double>?, UnsafeMutablePointer<Double>?) -> Void
    let pageRender: @convention(c) (Pointer?, Pointer?) -> Void
    let filenameToURI: @convention(c) (UnsafePointer<CChar>?, UnsafePointer<CChar>?, ErrorOut?) -> UnsafeMutablePointer<CChar>?
    let free: @convention(c) (UnsafeMutableRawPointer?) -> Void
    let errorFree: @convention(c) (UnsafeMutableRawPointer?) -> Void
    let objectUnref: @convention(c) (Pointer?) -> Void
    let imageSurfaceCreate: @convention(c) (Int32, Int32, Int32) -> Pointer?
    let surfaceDestroy: @convention(c) (Pointer?) -> Void
    let surfaceStatus: @convention(c) (Pointer?) -> Int32
    let surfaceFlush: @convention(c) (Pointer?) -> Void
    let imageSurfaceData: @convention(c) (Pointer?) -> UnsafeMutablePointer<UInt8>?
    let imageSurfaceStride: @convention(c) (Pointer?) -> Int32
    let surfaceWriteToPNG: @convention(c) (Pointer?, UnsafePointer<CChar>?) -> Int32
    let statusToString: @convention(c) (Int32) -> UnsafePointer<CChar>?
    let create: @convention(c) (Pointer?) -> Pointer?
    let destroy: @convention(c) (Pointer?) -> Void
    let setSourceRGB: @convention(c) (Pointer?, Double, Double, Double) -> Void
    let setSourceRGBA: @convention(c) (Pointer?, Double, Double, Double, Double) -> Void
    let paint: @convention(c) (Pointer?) -> Void
    let scale: @convention(c) (Pointer?, Double, Double) -> Void
    let setLineWidth: @convention(c) (Pointer?, Double) -> Void
    let rectangle: @convention(c) (Pointer?, Double, Double, Double, Double) -> Void
    let stroke: @convention(c) (Pointer?) -> Void

    /// cairo's `CAIRO_FORMAT_ARGB32`, `CAIRO_FORMAT_RGB24` and `CAIRO_STATUS_SUCCESS`; poppler-glib's
    /// `POPPLER_ERROR_ENCRYPTED`.
    static let formatARGB32: Int32 = 0
    static let formatRGB24: Int32 = 1
    static let statusSuccess: Int32 = 0
    static let errorEncrypted: Int32 = 1

    /// The library, loaded once per process on first use; an error says why pages cannot be rendered.
    static let shared: Result<PopplerGlib, GovReportsError> = load()

    /// The library, or the error that it cannot be loaded.
    static func loaded() throws -> PopplerGlib { try shared.get() }

    /// Debian's soname (libpoppler-glib8), then the development link.
    static let names = ["libpoppler-glib.so.8", "libpoppler-glib.so"]

    private static func load() -> Result<PopplerGlib, GovReportsError> {
        let library: DynamicLibrary
        switch DynamicLibrary.open(names) {
        case .success(let opened): library = opened
        case .failure(let failure):
            return .failure(.ocrUnavailable(reason: "poppler-glib, which renders pages, cannot be loaded (\(failure.reason)); install libpoppler-glib8"))
        }
        // glib's and cairo's functions come with poppler-glib, as its dependencies.
        do {
            return .success(try PopplerGlib(
                documentNewFromFile: library.symbol("poppler_document_new_from_file"),
                documentPageCount: library.symbol("poppler_document_get_n_pages"),
                documentPage: library.symbol("poppler_document_get_page"),
                errorQuark: library.symbol("poppler_error_quark"),
                pageSize: library.symbol("poppler_page_get_size"),
                pageRender: library.symbol("poppler_page_render"),
                filenameToURI: library.symbol("g_filename_to_uri"),
                free: library.symbol("g_free"),
                errorFree: library.symbol("g_error_free"),
                objectUnref: library.symbol("g_object_unref"),
                imageSurfaceCreate: library.symbol("cairo_image_surface_create"),
                surfaceDestroy: library.symbol("cairo_surface_destroy"),
                surfaceStatus: library.symbol("cairo_surface_status"),
                surfaceFlush: library.symbol("cairo_surface_flush"),
                imageSurfaceData: library.symbol("cairo_image_surface_get_data"),
                imageSurfaceStride: library.symbol("cairo_image_surface_get_stride"),
                surfaceWriteToPNG: library.symbol("cairo_surface_write_to_png"),
                statusToString: library.symbol("cairo_status_to_string"),
                create: library.symbol("cairo_create"),
                destroy: library.symbol("cairo_destroy"),
                setSourceRGB: library.symbol("cairo_set_source_rgb"),
                setSourceRGBA: library.symbol("cairo_set_source_rgba"),
                paint: library.symbol("cairo_paint"),
                scale: library.symbol("cairo_scale"),
                setLineWidth: library.symbol("cairo_set_line_width"),
                rectangle: library.symbol("cairo_rectangle"),
                stroke: library.symbol("cairo_stroke")))
        } catch let missing as DynamicLibrary.MissingSymbol {
            return .failure(.ocrUnavailable(reason: "poppler-glib, which renders pages, has no \(missing.name); install libpoppler-glib8"))
        } catch {
            return .failure(.ocrUnavailable(reason: "poppler-glib, which renders pages, cannot be used: \(error)"))
        }
    }

    /// A `GError`'s domain, code and message; nil for none.
    func describe(_ error: UnsafeMutableRawPointer?) -> (domain: UInt32, code: Int32, message: String?)? {
        guard let error else { return nil }
        let message = error.load(fromByteOffset: 8, as: UnsafePointer<CChar>?.self).map { String(cString: $0) }
        return (error.load(as: UInt32.self), error.load(fromByteOffset: 4, as: Int32.self), message)
    }
}
