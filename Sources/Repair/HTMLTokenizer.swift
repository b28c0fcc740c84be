/// A small HTML tokenizer: enough to read the pages government sites publish (tags, attributes, text,
/// entities), without a package. Comments, `<script>` and `<style>` are dropped.
struct HTMLTokenizer {
    enum Token: Equatable {
        case text(String)
        case open(name: String, attributes: [String: String])
        case close(name: String)
    }

    static func tokens(of html: String) -> [Token] {
        var tokens: [Token] = []
        let chars = Array(html)
        var index = 0
        var text = ""
        func flushText() {
            if !text.isEmpty { tokens.append(.text(HTMLEntities.decode(text))) }
            text = ""
        }
        while index < chars.count {
            let character = chars[index]
            guard character == "<", index + 1 < chars.count else {
                text.append(character)
                index += 1
                continue
            }
            let next = chars[index + 1]
            if next == "!" || next == "?" {
                flushText()
                let isComment = index + 3 < chars.count && chars[index + 2] == "-" && chars[index + 3] == "-"
                index = isComment ? skip(past: "-->", in: chars, from: index + 4) : skip(past: ">", in: chars, from: index + 2)
                continue
            }
            guard next.isLetter || next == "/" else {
                text.append(character)
                index += 1
                continue
            }
            flushText()
            let end = tagEnd(in: chars, from: index + 1)
            let body = String(chars[(index + 1)..<end])
            index = min(end + 1, chars.count)
            if body.hasPrefix("/") {
                tokens.append(.close(name: tagName(String(body.dropFirst()))))
                continue
            }
            let name = tagName(body)
            tokens.append(.open(name: name, attributes: attributes(of: body)))
            if name == "script" || name == "style" {
                index = skip(past: "</\(name)", in: chars, from: index, caseInsensitive: true)
                index = skip(past: ">", in: chars, from: index)
                tokens.append(.close(name: name))
            }
        }
        flushText()
        return tokens
    }

    /// The index of the `>` closing a tag, skipping quoted attribute values.
    private static func tagEnd(in chars: [Character], from start: Int) -> Int {
        var index = start
        var quote: Character?
        while index < chars.count {
            let character = chars[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == ">" {
                return index
            }
            index += 1
        }
        return chars.count
    }

    private static func skip(past marker: String, in chars: [Character], from start: Int, caseInsensitive: Bool = false) -> Int {
        let needle = Array(caseInsensitive ? marker.lowercased() : marker)
        var index = start
        while index + needle.count <= chars.count {
            let window = chars[index..<(index + needle.count)]
            let matches = caseInsensitive
                ? zip(window, needle).allSatisfy { $0.lowercased() == String($1) }
                : window.elementsEqual(needle)
            if matches { return index + needle.count }
            index += 1
        }
        return chars.count
    }

    private static func tagName(_ body: String) -> String {
        String(body.prefix { $0.isLetter || $0.isNumber }).lowercased()
    }

    private static func attributes(of body: String) -> [String: String] {
        var attributes: [String: String] = [:]
        let chars = Array(body.drop { $0.isLetter || $0.isNumber })
        var index = 0
        while index < chars.count {
            while index < chars.count, chars[index].isWhitespace || chars[index] == "/" { index += 1 }
            let nameStart = index
            while index < chars.count, !chars[index].isWhitespace, chars[index] != "=", chars[index] != "/" { index += 1 }
            let name = String(chars[nameStart..<index]).lowercased()
            while index < chars.count, chars[index].isWhitespace { index += 1 }
            var value = ""
            if index < chars.count, chars[index] == "=" {
                index += 1
                while index < chars.count, chars[index].isWhitespace { index += 1 }
                if index < chars.count, chars[index] == "\"" || chars[index] == "'" {
                    let quote = chars[index]
                    index += 1
                    let valueStart = index
                    while index < chars.count, chars[index] != quote { index += 1 }
                    value = String(chars[valueStart..<min(index, chars.count)])
                    index += 1
                } else {
                    let valueStart = index
                    while index < chars.count, !chars[index].isWhitespace { index += 1 }
                    value = String(chars[valueStart..<index])
                }
            }
            if !name.isEmpty { attributes[name] = HTMLEntities.decode(value) }
        }
        return attributes
    }
}
