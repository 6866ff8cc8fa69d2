import Foundation

/// A calendar day as people type it: `2019-03-14` or `14.03.2019`, checked against the calendar.
public struct DayDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// What to say when a date cannot be read.
    public static let expected = "expected YYYY-MM-DD or DD.MM.YYYY"

    /// Parses `YYYY-MM-DD` or `DD.MM.YYYY` (surrounding spaces allowed); nil when it is not a real day.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts: [Substring]
        let ordered: (Substring, Substring, Substring)
        if trimmed.contains("-") {
            parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2 else { return nil }
            ordered = (parts[0], parts[1], parts[2])
        } else {
            parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count),
                (1...2).contains(parts[1].count)
            else { return nil }
            ordered = (parts[2], parts[1], parts[0])
        }
        guard ordered.0.allSatisfy(\.isASCII), ordered.1.allSatisfy(\.isASCII), ordered.2.allSatisfy(\.isASCII),
            let year = Int(ordered.0), let month = Int(ordered.1), let day = Int(ordered.2),
            (1900...2999).contains(year), (1...12).contains(month),
            (1...DayDate.days(inMonth: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` (no spaces, no other order), the form of dates printed in packs; nil when it
    /// is not a real day.
    public init?(iso text: String) {
        guard text.utf8.count == 10, text.utf8.allSatisfy({ $0 < 0x80 }), text.contains("-"), let day = DayDate(text)
        else { return nil }
        self = day
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    public static func < (lhs: DayDate, rhs: DayDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
