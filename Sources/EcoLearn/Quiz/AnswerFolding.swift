import Foundation

/// Folds short answers for comparison: composed to NFC, invisible format characters dropped, trimmed, inner
/// whitespace collapsed to one space, and lowercased by the rules of the answer's language.
///
/// NFC makes a decomposed `İ` (`I` + U+0307, as some keyboards and PDFs give it) the letter `İ`. Format
/// characters are what a copy from a web page or a right-to-left text brings along unseen: zero-width space
/// (U+200B), zero-width joiner and non-joiner, left-to-right and right-to-left marks (U+200E, U+200F), the
/// byte order mark, soft hyphens.
///
/// Turkish and Azerbaijani have two letters i: dotted `İ`/`i` and dotless `I`/`ı`, so there `I` lowercases
/// to `ı` and `İ` to `i`. Elsewhere `I` lowercases to `i`, and a stray `İ` (a Turkish keyboard) to `i` too.
public enum AnswerFolding {
    /// The folded form of `text` written in `language`.
    public static func fold(_ text: String, language: String) -> String {
        let words = visible(text).split(whereSeparator: { $0.isWhitespace })
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

    /// `text` composed to NFC without its format characters (Unicode category Cf); ASCII text is returned as is.
    public static func visible(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var kept = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars
        where scalar.properties.generalCategory != .format {
            kept.append(scalar)
        }
        return String(kept)
    }

    private static func usesDottedI(_ language: String) -> Bool {
        let base = language.lowercased().split(separator: "-").first.map(String.init) ?? ""
        return base == "tr" || base == "az"
    }
}
