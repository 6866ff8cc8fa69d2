import Foundation

/// The one comparison of typed identifiers, such as participant keys (`TR-9001` = `tr-9001`) and the
/// date-town-title identity of an event without a code: the text folded so that what a person would call the
/// same word compares equal, byte for byte (so it can be stored and indexed).
///
/// Folding trims surrounding whitespace, collapses inner whitespace to one space, drops invisible format
/// characters (zero-width space, left-to-right and right-to-left marks), composes the text to NFC, writes
/// the four Turkish letters i (`I`, `ı`, `İ`, `i`) as `i` (a key typed on a Turkish keyboard with Caps Lock
/// on is the same key), and lowercases the rest by Unicode rules.
public enum CaselessKey {
    /// `text` folded for comparison.
    public static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if scalar.properties.generalCategory == .format { continue }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            switch scalar {
            case "I", "\u{130}", "\u{131}": scalars.append("i")
            default: scalars.append(scalar)
            }
        }
        return String(scalars).lowercased().precomposedStringWithCanonicalMapping
    }
}
