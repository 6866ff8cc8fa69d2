/// The fixed words the validator knows.
public enum Vocabulary {
    /// Topics a unit may list (docs/AUTHORING.md keeps the same list for writers).
    public static let topics: [String] = [
        "waste-hierarchy", "prevention", "reuse", "repair", "sorting", "recycling", "packaging", "deposit-return",
        "composting", "bio-waste", "food-waste", "plastics", "hazardous-waste", "e-waste", "textiles", "landfill",
        "methane", "circular-economy", "zero-waste", "water", "air", "climate", "energy", "consumption",
        "community-action", "health",
    ]

    /// Languages the packs and the quiz runner have labels for.
    public static let supportedLanguages: [String] = ["en", "lv", "tr"]

    /// Licences a unit may carry (SPDX identifiers).
    public static let licenses: [String] = [
        "CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0", "CC-BY-NC-SA-4.0", "CC0-1.0",
    ]

    /// Media file endings a pack can embed.
    public static let mediaExtensions: [String] = ["svg", "png", "jpg", "jpeg"]

    /// True for a lowercase slug: `[a-z0-9]+(-[a-z0-9]+)*`.
    public static func isSlug(_ text: String) -> Bool {
        var previous: UInt8 = 0x2D
        for byte in text.utf8 {
            let isWordByte = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            guard isWordByte || (byte == 0x2D && previous != 0x2D) else { return false }
            previous = byte
        }
        return previous != 0x2D
    }
}
