/// The includes (`{{> name}}`, `{{< name}}...{{/name}}`) of a Mustache template that swift-mustache has already
/// parsed, with their places. swift-mustache keeps its tokens to itself, so this reads the text the way its parser
/// does: by characters, with `{{= =}}` delimiter changes that last to the end of the enclosing section.
struct TemplateIncludes {
    /// One include tag.
    struct Include: Equatable {
        /// The name as written (`*name` for a name looked up at render time).
        var name: String
        var line: Int
        var column: Int

        /// True for `{{>*name}}`, whose template is chosen by the data at render time.
        var isDynamic: Bool { name.hasPrefix("*") }
    }

    private(set) var includes: [Include] = []
    private let text: [Character]
    private var index = 0
    private var line = 1
    private var column = 1

    /// The includes of `template` in reading order.
    static func of(_ template: String) -> [Include] {
        var scanner = TemplateIncludes(text: Array(template))
        scanner.scan(start: Array("{{"), end: Array("}}"))
        return scanner.includes
    }

    private init(text: [Character]) {
        self.text = text
    }

    private static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")

    /// Reads tags until the end of the text or of the current section; delimiters set inside a section are
    /// forgotten when it closes, as swift-mustache's parser forgets them.
    private mutating func scan(start: [Character], end: [Character]) {
        var start = start, end = end
        while skip(to: start) {
            let tagLine = line, tagColumn = column
            advance(start.count)
            guard index < text.count else { return }
            let kind = text[index]
            switch kind {
            case "=":
                advance(1)
                skipSpaces()
                let newStart = read { !$0.isWhitespace }
                skipSpaces()
                let newEnd = read { !$0.isWhitespace && $0 != "=" }
                _ = skip(to: end)
                advance(end.count)
                if !newStart.isEmpty, !newEnd.isEmpty { (start, end) = (newStart, newEnd) }
            case ">", "<":
                advance(1)
                skipSpaces()
                var name = ""
                if text.indices.contains(index), text[index] == "*" {
                    name = "*"
                    advance(1)
                }
                name += String(read { Self.nameCharacters.contains($0) })
                includes.append(Include(name: name, line: tagLine, column: tagColumn))
                _ = skip(to: end)
                advance(end.count)
                if kind == "<" { scan(start: start, end: end) }
            case "#", "^", "$":
                _ = skip(to: end)
                advance(end.count)
                scan(start: start, end: end)
            case "/":
                _ = skip(to: end)
                advance(end.count)
                return
            default:
                _ = skip(to: end)
                advance(end.count)
            }
        }
    }

    /// Moves to the next occurrence of `word`; false at the end of the text.
    private mutating func skip(to word: [Character]) -> Bool {
        while index < text.count {
            if text[index] == word[0], index + word.count <= text.count, Array(text[index..<(index + word.count)]) == word {
                return true
            }
            advance(1)
        }
        return false
    }

    private mutating func skipSpaces() {
        while index < text.count, text[index].isWhitespace { advance(1) }
    }

    private mutating func read(while accepts: (Character) -> Bool) -> [Character] {
        let first = index
        while index < text.count, accepts(text[index]) { advance(1) }
        return Array(text[first..<index])
    }

    private mutating func advance(_ count: Int) {
        for _ in 0..<count where index < text.count {
            if text[index].isNewline {
                line += 1
                column = 1
            } else {
                column += text[index].unicodeScalars.count
            }
            index += 1
        }
    }
}
