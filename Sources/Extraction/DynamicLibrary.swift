import Foundation

/// A shared library opened with `dlopen` by the first of its names that loads, for the libraries only some inputs need
/// (`TesseractLibrary`, `PopplerGlib`). It stays loaded for the life of the process.
struct DynamicLibrary {
    /// The library has no function of this name.
    struct MissingSymbol: Error {
        var name: String
    }

    private let handle: UnsafeMutableRawPointer

    /// Opens the first of `names` that loads, or says why none did.
    static func open(_ names: [String]) -> Result<DynamicLibrary, LoadFailure> {
        guard let handle = names.lazy.compactMap({ dlopen($0, RTLD_NOW | RTLD_LOCAL) }).first else {
            return .failure(LoadFailure(reason: dlerror().map { String(cString: $0) } ?? "not found"))
        }
        return .success(DynamicLibrary(handle: handle))
    }

    /// Why no name loaded, as the dynamic loader says.
    struct LoadFailure: Error {
        var reason: String
    }

    /// The function `name` as `type`; searched in the library and the libraries it depends on.
    func symbol<T>(_ name: String, as type: T.Type = T.self) throws -> T {
        guard let address = dlsym(handle, name) else { throw MissingSymbol(name: name) }
        return unsafeBitCast(address, to: type)
    }
}
