/// Escaping text for HTML and SVG: the one escape of every page ecolearn writes (packs, the site, reports, the live
/// quiz).
public enum HTMLText {
    /// `text` safe inside HTML or SVG text and attribute values: `&`, `<`, `>`, `"` and `'` as entities.
    ///
    /// Each Unicode scalar is looked at, not each Character: `"` followed by a combining mark (U+0301) is one
    /// Character that is not `"`, but a browser still reads the quote and would end the attribute there.
    public static func escape(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
            case "'": result.append(contentsOf: "&#39;".unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
