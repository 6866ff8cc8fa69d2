/// Folds short answers for comparison: trimmed, inner whitespace collapsed to one space, and lowercased by
/// the rules of the answer's language. (Swift compares strings by canonical equivalence, so a decomposed
/// `e` + combining accent already equals `é`.)
///
/// Turkish and Azerbaijani have two letters i: dotted `İ`/`i` and dotless `I`/`ı`, so there `I` lowercases
/// to `ı` and `İ` to `i`. Elsewhere `I` lowercases to `i`, and a stray `İ` (a Turkish keyboard) to `i` too.
public enum AnswerFolding {
    /// The folded form of `text` written in `language`.
    public static func fold(_ text: String, language: String) -> String {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        let spaced = words.joined(separator: " ")
        let dotted = usesDottedI(language)
        var replaced = String.UnicodeScalarView()
        for scalar in spaced.unicodeScalars {
            switch scalar {
            case "I": replaced.append(dotted ? "\u{131}" : "i")
            case "\u{130}": replaced.append("i")
            default: replaced.append(scalar)
            }
        }
        return String(replaced).lowercased()
    }

    private static func usesDottedI(_ language: String) -> Bool {
        let base = language.lowercased().split(separator: "-").first.map(String.init) ?? ""
        return base == "tr" || base == "az"
    }
}
