internal import CLibXML2
import Foundation

/// libxml2's HTML and XML parsers, the one place they are called: the document is parsed, walked once into
/// `MarkupToken`s (Swift values), and its C memory freed before returning.
///
/// HTML is parsed as browsers do, recovering from anything (unclosed `<td>`/`<tr>`, Word's `<o:p>`, stray
/// end tags), with every entity HTML 4 names, and never touching the network. The text comes decoded
/// already (`SourceText` honours the page's `<meta charset>` and byte-order mark), so the page's own
/// encoding hint is ignored here.
public enum MarkupParser {
    /// libxml2, loaded and initialised once, before threads use it (a static `let` runs this exactly once).
    private static let library: LibXML2? = {
        let library = LibXML2.load()
        library?.initParser()
        return library
    }()

    /// Whether libxml2 could be loaded (Debian's `libxml2`, a dependency of `libxml2-dev`).
    public static var isAvailable: Bool { library != nil }

    /// The tokens of an HTML page; none for an empty one. Without `XML_PARSE_HUGE` libxml2 drops what is
    /// nested over 256 elements deep; with it nothing is dropped, and the readers bound what nesting costs.
    public static func html(_ text: String) -> [MarkupToken] {
        guard let library else { return [] }
        let options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue
        var bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return [] }
        let document = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                library.htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, "UTF-8", Int32(options))
            }
        }
        guard let document else { return [] }
        defer { library.freeDoc(document) }
        return tokens(of: document)
    }

    /// The tokens of an XML document (a part of a Word package), or nil when it is not well-formed XML.
    /// No network, no external DTD, no entity substitution.
    public static func xml(_ data: Data) -> [MarkupToken]? {
        guard let library, !data.isEmpty, data.count < Int(Int32.max) else { return nil }
        let options = XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        let document = data.withUnsafeBytes { raw in
            library.xmlReadMemory(raw.bindMemory(to: CChar.self).baseAddress, Int32(raw.count), nil, nil, Int32(options))
        }
        guard let document else { return nil }
        defer { library.freeDoc(document) }
        return tokens(of: document)
    }

    /// Walks the tree without recursion (a page may nest elements thousands deep): down to the first child,
    /// else on to the next sibling, else up, closing each element left.
    private static func tokens(of document: xmlDocPtr) -> [MarkupToken] {
        var tokens: [MarkupToken] = []
        var next = document.pointee.children
        while let node = next {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                tokens.append(.open(name: name(of: node.pointee.name, namespace: node.pointee.ns), attributes: attributes(of: node)))
                if let child = node.pointee.children {
                    next = child
                    continue
                }
                tokens.append(.close(name: name(of: node.pointee.name, namespace: node.pointee.ns)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { tokens.append(.text(String(cString: content))) }
            default:
                break
            }
            next = nil
            var current: xmlNodePtr? = node
            while let position = current {
                if let sibling = position.pointee.next {
                    next = sibling
                    break
                }
                guard let parent = position.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { break }
                tokens.append(.close(name: name(of: parent.pointee.name, namespace: parent.pointee.ns)))
                current = parent
            }
        }
        return tokens
    }

    private static func name(of name: UnsafePointer<xmlChar>?, namespace: xmlNsPtr?) -> String {
        let local = name.map { String(cString: $0) } ?? ""
        guard let prefix = namespace?.pointee.prefix else { return local }
        return String(cString: prefix) + ":" + local
    }

    private static func attributes(of node: xmlNodePtr) -> [String: String] {
        var attributes: [String: String] = [:]
        var property = node.pointee.properties
        while let attribute = property {
            var value = ""
            var child = attribute.pointee.children
            while let text = child {
                if let content = text.pointee.content { value += String(cString: content) }
                child = text.pointee.next
            }
            attributes[name(of: attribute.pointee.name, namespace: attribute.pointee.ns)] = value
            property = attribute.pointee.next
        }
        return attributes
    }
}
