import EcoLearn
import Foundation

/// The language a report is written in: its words (`ReportStrings`) and its habits for dates and numbers.
/// English keeps ISO dates (`2019-03-14`) and decimal points; Latvian and Turkish write `14.03.2019` and decimal
/// commas (`0,80`), and group digits of numbers from 10 000 on (Latvian with a no-break space, Turkish with a dot).
public enum ReportLanguage: String, Sendable, Hashable, CaseIterable {
    case en, lv, tr

    /// The accepted spellings, for error messages.
    public static var choices: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// A day stored as `YYYY-MM-DD`, written in this language's habit (text that is not such a day stays as is).
    func day(_ iso: String) -> String {
        guard self != .en, let day = DayDate(iso: iso) else { return iso }
        return "\(day.day < 10 ? "0" : "")\(day.day).\(day.month < 10 ? "0" : "")\(day.month).\(day.year)"
    }

    /// A month key `YYYY-MM` in words (`2019. gada janvāris`, `Ocak 2019`); English keeps the key.
    func month(_ key: String) -> String {
        let parts = key.split(separator: "-")
        guard self != .en, parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month)
        else { return key }
        return ReportStrings.month(month, year: year, in: self)
    }

    /// A number with `digits` decimals, in this language's habit; "–" when missing.
    func decimal(_ value: Double?, digits: Int) -> String {
        guard let value else { return "–" }
        let text = String(format: "%.\(digits)f", value)
        return self == .en ? text : text.replacingOccurrences(of: ".", with: ",")
    }

    /// A whole number, its digits grouped in threes from 10 000 on in Latvian and Turkish.
    func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        guard self != .en, digits.count > 4 else { return String(value) }
        let separator: Character = self == .lv ? "\u{00A0}" : "."
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(separator) }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// A mean percent with one decimal.
    func percent(_ value: Double?) -> String { decimal(value, digits: 1) }

    /// A normalised gain with two decimals.
    func gain(_ value: Double?) -> String { decimal(value, digits: 2) }
}
