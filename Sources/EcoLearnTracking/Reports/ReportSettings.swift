import EcoLearn
import Foundation

/// A report as a person asks for it, every setting as typed (a command line's options, a web form's fields).
/// `plan()` checks them all at once and chooses what was left open (the HTML report's tables); the plan then runs
/// against any store. A front end parses, calls these two, and prints.
public struct ReportSettings: Sendable, Hashable {
    /// First and last day, `YYYY-MM-DD` or `DD.MM.YYYY`.
    public var from: String?
    public var to: String?
    public var town: String?
    public var country: String?
    /// One grouping per element, dimensions crossed with `+` (`country+kind`).
    public var by: [String]
    /// `table`, `csv`, `json` or `html`.
    public var format: String
    /// `en`, `lv` or `tr`.
    public var language: String
    /// A CSV in its stable machine form whatever the language.
    public var machine: Bool
    /// The funder's thresholds, whole numbers; either one asks for the signed-participants section.
    public var minParticipants: String?
    public var minInternational: String?

    public init(
        from: String? = nil, to: String? = nil, town: String? = nil, country: String? = nil, by: [String] = [],
        format: String = "table", language: String = "en", machine: Bool = false, minParticipants: String? = nil,
        minInternational: String? = nil
    ) {
        self.from = from
        self.to = to
        self.town = town
        self.country = country
        self.by = by
        self.format = format
        self.language = language
        self.machine = machine
        self.minParticipants = minParticipants
        self.minInternational = minInternational
    }

    /// The groupings of an HTML report asked for without any.
    public static let htmlGroupings: [[ReportDimension]] = [[.month], [.country], [.town], [.kind], [.audience], [.lesson]]

    /// The checked plan, or every problem of the settings, each named by its setting.
    public func plan() throws(ReportSettingsError) -> ReportPlan {
        var problems: [ReportSettingsError.Problem] = []
        func day(_ text: String?, _ field: String) -> DayDate? {
            guard let text else { return nil }
            guard let day = DayDate(text) else {
                problems.append(.init(field: field, message: "\(DayDate.expected), found '\(text)'"))
                return nil
            }
            return day
        }
        func count(_ text: String?, _ field: String) -> Int? {
            guard let text else { return nil }
            guard let number = Int(text.trimmingCharacters(in: .whitespaces)), number >= 0 else {
                problems.append(.init(field: field, message: "expected a whole number of people (0 or more), found '\(text)'"))
                return nil
            }
            return number
        }
        let filter = EventFilter(from: day(from, "from"), to: day(to, "to"), town: town, country: country)
        var groupings: [[ReportDimension]] = []
        for text in by {
            var dimensions: [ReportDimension] = []
            for part in text.split(separator: "+", omittingEmptySubsequences: false) {
                if let dimension = ReportDimension(rawValue: part.trimmingCharacters(in: .whitespaces).lowercased()) {
                    dimensions.append(dimension)
                } else {
                    problems.append(.init(field: "by", message: "expected one of \(ReportDimension.choices), found '\(part)'"))
                }
            }
            groupings.append(dimensions)
        }
        let format = ReportFormat(rawValue: self.format)
        if format == nil {
            problems.append(.init(field: "format", message: "expected one of \(ReportFormat.choices), found '\(self.format)'"))
        }
        let language = ReportLanguage(rawValue: self.language)
        if language == nil {
            problems.append(.init(field: "lang", message: "expected one of \(ReportLanguage.choices), found '\(self.language)'"))
        }
        if machine, let format, format != .csv {
            problems.append(.init(field: "machine", message: "applies to the csv format only, not \(format.rawValue)"))
        }
        let minParticipants = count(self.minParticipants, "min-participants")
        let minInternational = count(self.minInternational, "min-international")
        guard problems.isEmpty, let format, let language else { throw ReportSettingsError(problems: problems) }
        if groupings.isEmpty, format == .html { groupings = Self.htmlGroupings }
        let asksThresholds = self.minParticipants != nil || self.minInternational != nil
        return ReportPlan(
            request: ReportRequest(
                filter: filter, groupings: groupings,
                thresholds: asksThresholds
                    ? ReportThresholds(minParticipants: minParticipants, minInternational: minInternational) : nil),
            format: format, language: language, machine: machine)
    }
}

/// A checked report: what to ask the store, and how to write the answer.
public struct ReportPlan: Sendable, Hashable {
    public var request: ReportRequest
    public var format: ReportFormat
    public var language: ReportLanguage
    public var machine: Bool

    /// The report built from `store`, written out.
    public func run(on store: any ParticipationStore) async throws -> String {
        let report = try await store.report(request)
        return try format.render(report, language: language, machine: machine)
    }
}

/// Settings a report cannot be made from, each problem named by its setting (`lang: expected one of en, lv, tr,
/// found 'de'`); a front end names them its own way (the CLI as `--lang`).
public struct ReportSettingsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One setting's problem.
    public struct Problem: Sendable, Hashable {
        /// The setting, as `ReportSettings` names it (`lang`, `min-participants`).
        public var field: String
        public var message: String

        public init(field: String, message: String) {
            self.field = field
            self.message = message
        }
    }

    public var problems: [Problem]

    public init(problems: [Problem]) {
        self.problems = problems
    }

    public var description: String { problems.map { "\($0.field): \($0.message)" }.joined(separator: "\n") }
}
