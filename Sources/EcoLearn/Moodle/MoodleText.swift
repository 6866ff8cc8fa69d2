/// Turns a Moodle text into lesson Markdown: a leading GIFT format tag (`[html]`, `[moodle]`, `[plain]`,
/// `[markdown]`) is taken off, simple HTML (p, br, b/strong, i/em, ul/ol/li, a, img through `image`) becomes
/// Markdown, entities are decoded, and any other markup is refused (lesson text allows no raw HTML).
struct MoodleText {
    /// Moodle's text formats (FORMAT_MOODLE, FORMAT_HTML, FORMAT_PLAIN, FORMAT_MARKDOWN).
    enum Format: String {
        case moodle, html, plain, markdown

        /// The format of a Moodle XML `format` attribute (`html`, `moodle_auto_format`, `plain_text`, `markdown`).
        init(xmlName: String?) {
            switch xmlName {
            case "plain_text": self = .plain
            case "markdown": self = .markdown
            case "moodle_auto_format": self = .moodle
            default: self = .html
            }
        }
    }

    /// Why a text cannot become lesson text.
    struct Refusal: Error {
        var message: String
    }

    /// Turns an `<img>` (its `src` and `alt`) into Markdown, or refuses it.
    var image: (_ source: String, _ alt: String?) throws(Refusal) -> String = { source, _ throws(Refusal) in
        throw Refusal(message: "the image '\(source)' cannot be imported from GIFT (its file is not in the file; use Moodle XML)")
    }

    /// `text` with a leading format tag taken off, and the format it names (`defaultFormat` when none).
    static func splitFormatTag(_ text: String, defaultFormat: Format) -> (String, Format) {
        guard text.hasPrefix("["), let end = text.firstIndex(of: "]"),
            let format = Format(rawValue: String(text[text.index(after: text.startIndex)..<end]))
        else { return (text, defaultFormat) }
        return (String(text[text.index(after: end)...]).trimmingWhitespace, format)
    }

    /// GIFT text (already unescaped): the format tag, then `markdown(_:format:)`.
    func gift(_ text: String, defaultFormat: Format = .moodle) throws(Refusal) -> (String, Format) {
        let (body, format) = Self.splitFormatTag(text, defaultFormat: defaultFormat)
        return (try markdown(body, format: format), format)
    }

    /// `text` in `format` as lesson Markdown.
    func markdown(_ text: String, format: Format) throws(Refusal) -> String {
        switch format {
        case .plain, .markdown:
            if let tag = RawHTML.firstTag(in: text) { throw Self.refusal(tag) }
            return text
        case .moodle, .html:
            guard text.contains(where: { $0 == "<" || $0 == "&" }) else { return text }
            var converter = HTMLToMarkdown(html: text, collapsesSpace: format == .html, image: image)
            return try converter.convert()
        }
    }

    static func refusal(_ tag: String) -> Refusal {
        Refusal(message: "the HTML \(tag) cannot be imported: lesson text allows no raw HTML (hint: rewrite it as Markdown in the Moodle question, or remove it)")
    }
}

/// The simple-HTML-to-Markdown walk behind `MoodleText`.
private struct HTMLToMarkdown {
    let html: String
    let collapsesSpace: Bool
    let image: (_ source: String, _ alt: String?) throws(MoodleText.Refusal) -> String
    private var out = ""
    private var lists: [(ordered: Bool, count: Int)] = []
    private var links: [String] = []

    init(html: String, collapsesSpace: Bool, image: @escaping (_ source: String, _ alt: String?) throws(MoodleText.Refusal) -> String) {
        self.html = html
        self.collapsesSpace = collapsesSpace
        self.image = image
    }

    nonisolated(unsafe) private static let tagPattern = /^<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^<>]*?)(\/?)>/
    nonisolated(unsafe) private static let entityPattern = /^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/
    nonisolated(unsafe) private static let attributePattern = /([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/

    mutating func convert() throws(MoodleText.Refusal) -> String {
        var rest = Substring(html)
        while let character = rest.first {
            if character == "<", let match = rest.prefixMatch(of: Self.tagPattern) {
                try tag(String(match.output.2).lowercased(), closing: !match.output.1.isEmpty, attributes: String(match.output.3))
                rest = rest[match.range.upperBound...]
            } else if character == "<", rest.hasPrefix("<!--") {
                throw MoodleText.refusal("comment <!--")
            } else if character == "&", let match = rest.prefixMatch(of: Self.entityPattern) {
                out += Self.entity(String(match.output.1)) ?? String(match.output.0)
                rest = rest[match.range.upperBound...]
            } else {
                if collapsesSpace, character.isWhitespace {
                    if !(out.last?.isWhitespace ?? true) { out += " " }
                } else {
                    out.append(character)
                }
                rest = rest.dropFirst()
            }
        }
        return Self.tidy(out)
    }

    private mutating func tag(_ name: String, closing: Bool, attributes: String) throws(MoodleText.Refusal) {
        switch (name, closing) {
        case ("p", _), ("div", _):
            paragraph()
        case ("br", false):
            trimTrailingSpace()
            out += "\n"
        case ("b", _), ("strong", _):
            out += "**"
        case ("i", _), ("em", _):
            out += "*"
        case ("ul", false), ("ol", false):
            paragraph()
            lists.append((name == "ol", 0))
        case ("ul", true), ("ol", true):
            if !lists.isEmpty { lists.removeLast() }
            paragraph()
        case ("li", false):
            trimTrailingSpace()
            if !out.isEmpty, out.last != "\n" { out += "\n" }
            let depth = String(repeating: "  ", count: max(0, lists.count - 1))
            if let last = lists.indices.last {
                lists[last].count += 1
                out += depth + (lists[last].ordered ? "\(lists[last].count). " : "- ")
            } else {
                out += "- "
            }
        case ("li", true):
            trimTrailingSpace()
            out += "\n"
        case ("a", false):
            guard let href = Self.attribute("href", in: attributes) else { throw MoodleText.refusal("<a> without href") }
            links.append(href)
            out += "["
        case ("a", true):
            out += "](\(links.popLast() ?? ""))"
        case ("img", false):
            guard let source = Self.attribute("src", in: attributes) else { throw MoodleText.refusal("<img> without src") }
            out += try image(source, Self.attribute("alt", in: attributes))
        default:
            throw MoodleText.refusal("<\(closing ? "/" : "")\(name)>")
        }
    }

    private mutating func paragraph() {
        trimTrailingSpace()
        if !out.isEmpty, !out.hasSuffix("\n\n") { out += out.hasSuffix("\n") ? "\n" : "\n\n" }
    }

    private mutating func trimTrailingSpace() {
        while out.last == " " { out.removeLast() }
    }

    private static func attribute(_ name: String, in attributes: String) -> String? {
        for match in attributes.matches(of: attributePattern) where match.output.1.lowercased() == name {
            return decodeEntities(String(match.output.2 ?? match.output.3 ?? ""))
        }
        return nil
    }

    private static func decodeEntities(_ text: String) -> String {
        var out = "", rest = Substring(text)
        while let character = rest.first {
            if character == "&", let match = rest.prefixMatch(of: entityPattern) {
                out += entity(String(match.output.1)) ?? String(match.output.0)
                rest = rest[match.range.upperBound...]
            } else {
                out.append(character)
                rest = rest.dropFirst()
            }
        }
        return out
    }

    private static func entity(_ name: String) -> String? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) } }
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return "\u{00A0}"
        case "ndash": return "\u{2013}"
        case "mdash": return "\u{2014}"
        case "hellip": return "\u{2026}"
        default: return nil
        }
    }

    /// Trailing spaces off every line, at most one blank line in a row, no blank lines at the ends.
    private static func tidy(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var line = String(line)
            while line.last == " " { line.removeLast() }
            return line
        }
        var result: [String] = []
        for line in lines where !(line.isEmpty && (result.last?.isEmpty ?? true)) { result.append(line) }
        while result.last?.isEmpty == true { result.removeLast() }
        lines = result
        return lines.joined(separator: "\n").trimmingWhitespace
    }
}
