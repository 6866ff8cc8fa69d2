/// Escaping text for HTML and SVG: the one escape of every page ecolearn writes (reports, the live quiz).
public enum HTMLText {
    /// `text` safe inside HTML or SVG text and attribute values: `&`, `<`, `>`, `"` and `'` as entities.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
