import Foundation

/// Numbers as people write them on paper and in quiz files: `10`, `0.5`, `2,5`.
enum NumberText {
    /// The shortest plain form of `value`: no trailing `.0`, no exponent for everyday magnitudes.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// Reads a number written with a point or a comma as the decimal separator (`2.5`, `2,5`, `-3`, ` 10 `).
    /// Returns nil for anything else, including thousands separators, infinities and NaN.
    static func parse(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 64 else { return nil }
        var sawSeparator = false
        var sawDigit = false
        var normalized = ""
        for (offset, character) in trimmed.enumerated() {
            switch character {
            case "0"..."9":
                sawDigit = true
                normalized.append(character)
            case "-" where offset == 0, "+" where offset == 0:
                normalized.append(character)
            case ".", ",":
                if sawSeparator { return nil }
                sawSeparator = true
                normalized.append(".")
            default:
                return nil
            }
        }
        guard sawDigit, let value = Double(normalized), value.isFinite else { return nil }
        return value
    }
}
