/// Finds raw HTML in Markdown text, which lesson units may not contain.
enum RawHTML {
    /// The first thing that looks like an HTML tag, comment or declaration (`<b`, `</p`, `<!--`), if any.
    static func firstTag(in text: String) -> String? {
        guard ByteSearch.contains(text, byte: UInt8(ascii: "<")) else { return nil }
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index + 1 < scalars.count {
            if scalars[index] == "<" {
                let next = scalars[index + 1]
                let isTagStart = (next.properties.isAlphabetic && next.isASCII) || next == "/" || next == "!" || next == "?"
                if isTagStart && !isAutolink(scalars, from: index) {
                    var end = index + 1
                    while end < scalars.count, end - index < 12, scalars[end] != ">", scalars[end] != " " { end += 1 }
                    if end < scalars.count, scalars[end] == ">" { end += 1 }
                    return String(String.UnicodeScalarView(scalars[index..<end]))
                }
            }
            index += 1
        }
        return nil
    }

    /// `<https://...>` and `<name@host>` are Markdown autolinks, not HTML.
    private static func isAutolink(_ scalars: [Unicode.Scalar], from start: Int) -> Bool {
        var end = start + 1
        while end < scalars.count, scalars[end] != ">", scalars[end] != " ", scalars[end] != "\n" { end += 1 }
        guard end < scalars.count, scalars[end] == ">" else { return false }
        let inner = String(String.UnicodeScalarView(scalars[(start + 1)..<end]))
        return inner.hasPrefix("http://") || inner.hasPrefix("https://") || inner.hasPrefix("mailto:")
            || (inner.contains("@") && !inner.contains(":"))
    }
}
