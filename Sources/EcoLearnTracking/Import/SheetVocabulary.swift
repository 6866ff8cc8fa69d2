/// Reading the small vocabularies people type in sign-in sheets and on the command line (the lesson library's own
/// words, such as slugs and languages, are `EcoLearn.Vocabulary`).
enum SheetVocabulary {
    /// A count of people as typed.
    enum Count: Equatable {
        /// Nothing typed.
        case empty
        /// A whole number of people.
        case people(Int)
        /// Something that is not a whole number from 0 to 1,000,000.
        case invalid
    }

    /// `female`, `male` or `other` from the usual spellings in English, Latvian and Turkish; nil when unknown.
    static func gender(_ text: String) -> String? {
        switch text.trimmingSpacesAndTabs.lowercased() {
        case "female", "f", "woman", "w", "sieviete", "s", "kadın", "kadin", "k": return "female"
        case "male", "m", "man", "vīrietis", "virietis", "v", "erkek", "e": return "male"
        case "other", "o", "diverse", "cits", "cita", "diğer", "diger": return "other"
        default: return nil
        }
    }

    /// An age band `10-14` or `65+` (whole years, low <= high); nil when malformed.
    static func ageBand(_ text: String) -> String? {
        let trimmed = text.trimmingSpacesAndTabs
        if trimmed.hasSuffix("+"), let low = Int(trimmed.dropLast()), (0...130).contains(low) { return "\(low)+" }
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let low = Int(parts[0]), let high = Int(parts[1]),
            0 <= low, low <= high, high <= 130
        else { return nil }
        return "\(low)-\(high)"
    }

    /// A yes/no answer in English, Latvian or Turkish; empty is no. Nil when it is neither.
    static func consent(_ text: String) -> Bool? {
        switch text.trimmingSpacesAndTabs.lowercased() {
        case "", "no", "n", "0", "false", "nē", "ne", "hayır", "hayir", "h": return false
        case "yes", "y", "1", "true", "jā", "ja", "j", "evet", "x": return true
        default: return nil
        }
    }

    /// A count of people: a whole number from 0 to 1,000,000, or nothing typed.
    static func count(_ text: String) -> Count {
        let trimmed = text.trimmingSpacesAndTabs
        if trimmed.isEmpty { return .empty }
        guard trimmed.allSatisfy(\.isASCII), let value = Int(trimmed), value >= 0, value <= 1_000_000 else {
            return .invalid
        }
        return .people(value)
    }

    /// A language code such as `lv` (two or three lowercase letters).
    static func language(_ text: String) -> String? {
        let trimmed = text.trimmingSpacesAndTabs.lowercased()
        guard (2...3).contains(trimmed.count), trimmed.allSatisfy({ ("a"..."z").contains($0) }) else { return nil }
        return trimmed
    }

    /// Splits a list of lesson ids written with spaces, commas, semicolons or `|` between them.
    static func lessonIDs(_ text: String) -> [String] {
        text.split(whereSeparator: { " ,;|\t".contains($0) }).map(String.init)
    }
}
