/// Reading the small vocabularies people type in sign-in sheets and on the command line.
enum Vocabulary {
    /// `female`, `male` or `other` from the usual spellings in English, Latvian and Turkish; nil when unknown.
    static func gender(_ text: String) -> String? {
        switch text.trimmedSpaces.lowercased() {
        case "female", "f", "woman", "w", "sieviete", "s", "kadın", "kadin", "k": return "female"
        case "male", "m", "man", "vīrietis", "virietis", "v", "erkek", "e": return "male"
        case "other", "o", "diverse", "cits", "cita", "diğer", "diger": return "other"
        default: return nil
        }
    }

    /// An age band `10-14` or `65+` (whole years, low <= high); nil when malformed.
    static func ageBand(_ text: String) -> String? {
        let trimmed = text.trimmedSpaces
        if trimmed.hasSuffix("+"), let low = Int(trimmed.dropLast()), (0...130).contains(low) { return "\(low)+" }
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let low = Int(parts[0]), let high = Int(parts[1]),
            0 <= low, low <= high, high <= 130
        else { return nil }
        return "\(low)-\(high)"
    }

    /// A yes/no answer in English, Latvian or Turkish; empty is no. Nil when it is neither.
    static func consent(_ text: String) -> Bool? {
        switch text.trimmedSpaces.lowercased() {
        case "", "no", "n", "0", "false", "nē", "ne", "hayır", "hayir", "h": return false
        case "yes", "y", "1", "true", "jā", "ja", "j", "evet", "x": return true
        default: return nil
        }
    }

    /// A count of people: a whole number >= 0 (empty is nil).
    static func count(_ text: String) -> Int?? {
        let trimmed = text.trimmedSpaces
        if trimmed.isEmpty { return .some(nil) }
        guard trimmed.allSatisfy(\.isASCII), let value = Int(trimmed), value >= 0, value <= 1_000_000 else {
            return nil
        }
        return .some(value)
    }

    /// A language code such as `lv` (two or three lowercase letters).
    static func language(_ text: String) -> String? {
        let trimmed = text.trimmedSpaces.lowercased()
        guard (2...3).contains(trimmed.count), trimmed.allSatisfy({ ("a"..."z").contains($0) }) else { return nil }
        return trimmed
    }

    /// Splits a list of lesson ids written with spaces, commas, semicolons or `|` between them.
    static func lessonIDs(_ text: String) -> [String] {
        text.split(whereSeparator: { " ,;|\t".contains($0) }).map(String.init)
    }
}
