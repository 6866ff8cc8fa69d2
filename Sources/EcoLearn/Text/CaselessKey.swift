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
        if let ascii = foldASCII(text) { return ascii }
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

    /// The fold of printable ASCII text with single inner spaces (nearly every key), without Foundation; nil for
    /// any other text.
    private static func foldASCII(_ text: String) -> String? {
        var bytes = Array(text.utf8)
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        for index in start..<end {
            let byte = bytes[index]
            guard byte >= 0x20, byte < 0x7F, byte != 0x20 || bytes[index + 1] != 0x20 else { return nil }
            if byte >= 0x41, byte <= 0x5A { bytes[index] = byte + 0x20 }
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
