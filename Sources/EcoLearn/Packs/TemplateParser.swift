/// One piece of a parsed built-in template.
indirect enum TemplateNode: Sendable {
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (as it is).
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`, `{{^name}}…{{/name}}`, `{{#empty(name)}}…`: `isEmptyTest` is the `empty` transform.
    case section(TemplateName, isEmptyTest: Bool, inverted: Bool, [TemplateNode])
    /// `{{> name}}`; `indentation` is set when the tag stands alone on its line.
    case partial(String, indentation: [UInt8]?)
}

/// A name in a tag: `.` (the current value), `a.b` (looked up from the innermost value outwards), `.a.b` (only in
/// the current value).
struct TemplateName: Sendable {
    var parts: [String]
    var isCurrentOnly: Bool

    static let current = TemplateName(parts: [], isCurrentOnly: true)
}

/// Reads a Mustache template into `TemplateNode`s with swift-mustache's reading rules, so that the built-in
/// renderer writes the same bytes: a line holding only a section tag, a closing tag, a comment or an include (and
/// blanks) is left out of the output ("standalone"); text is cut at each line end.
///
/// Only what the built-in templates use is read: text, variables, sections and inverted sections (with the
/// `empty` transform), includes and comments. Anything else (delimiter changes, inheritance, other transforms,
/// includes chosen at render time, a carriage return or another line break than `\n`) throws
/// `TemplateParser.Unsupported`, and the pack falls back to swift-mustache.
struct TemplateParser {
    /// The template uses something this reader leaves to swift-mustache, or does not parse.
    struct Unsupported: Error {}

    private let bytes: [UInt8]
    private var position = 0

    /// The nodes of `text`.
    static func parse(_ text: String) throws(Unsupported) -> [TemplateNode] {
        var parser = TemplateParser(bytes: Array(text.utf8))
        if parser.bytes.contains(UInt8(ascii: "\r")) { throw Unsupported() }
        return try parser.block(closing: nil, atLineStart: true)
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private var atEnd: Bool { position == bytes.count }
    private var current: UInt8? { atEnd ? nil : bytes[position] }

    /// Nodes up to the closing tag of the section `closing` (or the end of the text when nil).
    private mutating func block(closing: (name: String, isEmptyTest: Bool)?, atLineStart: Bool) throws(Unsupported) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var lineStart = atLineStart
        // Blanks at the start of the line, written before whatever comes next unless a standalone tag drops them.
        var blanks: [UInt8] = []
        func flushBlanks() {
            if !blanks.isEmpty { nodes.append(.text(blanks)) }
            blanks = []
        }
        while !atEnd {
            if lineStart { blanks = readBlanks() }
            let text = try textUntilTag()
            if current == UInt8(ascii: "\n") {
                position += 1
                nodes.append(.text(blanks + text + [UInt8(ascii: "\n")]))
                lineStart = true
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(blanks + text))
                blanks = []
                lineStart = false
            }
            guard let sigil = current else { break }
            switch sigil {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                position += 1
                let (name, isEmptyTest) = try tagName()
                let standalone = lineStart && lineFinished()
                if !standalone { flushBlanks() }
                let inner = try block(closing: (name, isEmptyTest), atLineStart: standalone)
                nodes.append(.section(
                    Self.name(name), isEmptyTest: isEmptyTest, inverted: sigil == UInt8(ascii: "^"), inner))
                lineStart = standalone
            case UInt8(ascii: "/"):
                position += 1
                let (name, isEmptyTest) = try tagName()
                guard let closing, closing.name == name, closing.isEmptyTest == isEmptyTest else { throw Unsupported() }
                if !(lineStart && lineFinished()) { flushBlanks() }
                return nodes
            case UInt8(ascii: "!"):
                try skipComment()
                lineStart = lineStart && lineFinished()
            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                flushBlanks()
                position += 1
                let (name, isEmptyTest) = try tagName()
                if sigil == UInt8(ascii: "{") {
                    guard current == UInt8(ascii: "}") else { throw Unsupported() }
                    position += 1
                }
                guard !isEmptyTest else { throw Unsupported() }
                nodes.append(.variable(Self.name(name), escaped: false))
                lineStart = false
            case UInt8(ascii: ">"):
                position += 1
                skipWhitespace()
                let name = try partialName()
                if !blanks.isEmpty { nodes.append(.text(blanks)) }
                let standalone = lineStart && lineFinished()
                nodes.append(.partial(name, indentation: standalone ? blanks : nil))
                blanks = []
                lineStart = standalone
            case UInt8(ascii: "<"), UInt8(ascii: "$"), UInt8(ascii: "="), UInt8(ascii: "%"):
                throw Unsupported()
            default:
                flushBlanks()
                let (name, isEmptyTest) = try tagName()
                guard !isEmptyTest else { throw Unsupported() }
                nodes.append(.variable(Self.name(name), escaped: true))
                lineStart = false
            }
        }
        if closing != nil { throw Unsupported() }
        return nodes
    }

    /// Spaces and tabs.
    private mutating func readBlanks() -> [UInt8] {
        let start = position
        while let byte = current, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { position += 1 }
        return Array(bytes[start..<position])
    }

    /// Text up to a line end (left unread) or up to and past `{{`.
    private mutating func textUntilTag() throws(Unsupported) -> [UInt8] {
        let start = position
        while let byte = current {
            if byte == UInt8(ascii: "\n") { return Array(bytes[start..<position]) }
            if byte == UInt8(ascii: "{") {
                // swift-mustache refuses a template that ends in `{` or `{{`.
                guard position + 1 < bytes.count else { throw Unsupported() }
                if bytes[position + 1] == UInt8(ascii: "{") {
                    let text = Array(bytes[start..<position])
                    position += 2
                    guard !atEnd else { throw Unsupported() }
                    return text
                }
            }
            position += 1
        }
        return Array(bytes[start..<position])
    }

    /// True, and past the line end, when only blanks follow up to the end of the line (or of the text).
    private mutating func lineFinished() -> Bool {
        var probe = position
        while probe < bytes.count, bytes[probe] == UInt8(ascii: " ") || bytes[probe] == UInt8(ascii: "\t") { probe += 1 }
        if probe < bytes.count, bytes[probe] == UInt8(ascii: "\n") {
            position = probe + 1
            return true
        }
        return atEnd
    }

    /// A tag's name up to and past `}}`: `name` or `empty(name)`.
    private mutating func tagName() throws(Unsupported) -> (name: String, isEmptyTest: Bool) {
        skipWhitespace()
        let start = position
        while let byte = current, Self.isNameByte(byte) || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") {
            position += 1
        }
        let word = String(decoding: bytes[start..<position], as: UTF8.self)
        try closeTag()
        guard let open = word.firstIndex(of: "(") else {
            guard !word.isEmpty, !word.contains(")") else { throw Unsupported() }
            return (word, false)
        }
        let inner = word[word.index(after: open)...]
        guard word[..<open] == "empty", inner.hasSuffix(")") else { throw Unsupported() }
        let name = inner.dropLast()
        guard !name.isEmpty, !name.contains("("), !name.contains(")") else { throw Unsupported() }
        return (String(name), true)
    }

    /// An include's name up to and past `}}`.
    private mutating func partialName() throws(Unsupported) -> String {
        let start = position
        while let byte = current, Self.isNameByte(byte) || byte == UInt8(ascii: "/") { position += 1 }
        let name = String(decoding: bytes[start..<position], as: UTF8.self)
        try closeTag()
        guard !name.isEmpty, !name.hasPrefix("*") else { throw Unsupported() }
        return name
    }

    /// Blanks, then `}}`.
    private mutating func closeTag() throws(Unsupported) {
        skipWhitespace()
        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "}"), bytes[position + 1] == UInt8(ascii: "}")
        else { throw Unsupported() }
        position += 2
    }

    private mutating func skipComment() throws(Unsupported) {
        while position + 1 < bytes.count {
            if bytes[position] == UInt8(ascii: "}"), bytes[position + 1] == UInt8(ascii: "}") {
                position += 2
                return
            }
            position += 1
        }
        throw Unsupported()
    }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || (0x09...0x0D).contains(byte) { position += 1 }
    }

    /// Letters, digits and `.-_?*`, as swift-mustache reads names.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "*"):
            true
        default:
            false
        }
    }

    /// `.`, `a.b` or `.a.b` as a `TemplateName`.
    private static func name(_ word: String) -> TemplateName {
        if word == "." { return .current }
        return TemplateName(parts: word.split(separator: ".").map(String.init), isCurrentOnly: word.hasPrefix("."))
    }
}
