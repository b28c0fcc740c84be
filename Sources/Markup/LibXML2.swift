internal import CLibXML2
import Foundation

/// libxml2's four entry points that `MarkupParser` calls, loaded with `dlopen` on first use. Linked in, libxml2
/// brings ICU and liblzma, and with them a fifth of a born-digital `run`'s start (the dynamic loader relocating
/// them), for inputs that never touch HTML or XML. The header still gives the types and constants.
struct LibXML2: @unchecked Sendable {  // immutable pointers to C functions
    typealias ReadMemory = @convention(c) (
        UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UnsafePointer<CChar>?, Int32
    ) -> xmlDocPtr?

    let initParser: @convention(c) () -> Void
    let htmlReadMemory: ReadMemory
    let xmlReadMemory: ReadMemory
    let freeDoc: @convention(c) (xmlDocPtr?) -> Void

    /// The library by Debian's soname; nil when it is not installed or lacks a function.
    static func load() -> LibXML2? {
        guard let handle = dlopen("libxml2.so.2", RTLD_NOW | RTLD_LOCAL) else { return nil }
        func symbol<T>(_ name: String, as type: T.Type) -> T? {
            dlsym(handle, name).map { unsafeBitCast($0, to: type) }
        }
        guard let initParser = symbol("xmlInitParser", as: (@convention(c) () -> Void).self),
              let htmlReadMemory = symbol("htmlReadMemory", as: ReadMemory.self),
              let xmlReadMemory = symbol("xmlReadMemory", as: ReadMemory.self),
              let freeDoc = symbol("xmlFreeDoc", as: (@convention(c) (xmlDocPtr?) -> Void).self)
        else { return nil }
        return LibXML2(initParser: initParser, htmlReadMemory: htmlReadMemory, xmlReadMemory: xmlReadMemory, freeDoc: freeDoc)
    }
}
