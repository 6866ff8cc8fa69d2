/// Text from a file or the database made safe to print in a terminal, the one rule for every table and message:
/// control characters (ESC, which starts terminal escape sequences, and the others of C0 and C1, DEL, line
/// breaks), bidirectional overrides and isolates (U+202E turns the rest of a line around) and line or paragraph
/// separators are shown as escapes (`\e`, `\n`, `\u{202E}`) instead of acting on the terminal.
public enum TerminalText {
    /// `text` with every character that would act on a terminal shown as an escape.
    public static func escaped(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        guard text.unicodeScalars.contains(where: acts) else { return text }
        var shown = ""
        for scalar in text.unicodeScalars {
            guard acts(scalar) else {
                shown.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\n": shown += "\\n"
            case "\r": shown += "\\r"
            case "\t": shown += "\\t"
            case "\u{1B}": shown += "\\e"
            default: shown += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return shown
    }

    /// A value typed by a person, quoted for a message: escaped, and cut after `limit` characters
    /// (`'2019-03-…' (10485760 characters)`), so a bad 10 MB cell is named, not printed.
    public static func quoted(_ value: String, limit: Int = 60) -> String {
        guard value.utf8.count > limit, value.count > limit else { return "'\(escaped(value))'" }
        return "'\(escaped(String(value.prefix(limit))))…' (\(value.count) characters)"
    }

    /// True for a character that acts on a terminal rather than showing.
    private static func acts(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
