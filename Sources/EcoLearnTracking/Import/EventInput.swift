import EcoLearn

/// An event as typed by a person (on the command line or in one row of an events CSV), not yet checked.
///
/// Field names in problems are the CSV column names: `code`, `date`, `town`, `country`, `title`, `kind`,
/// `audience`, `language`, `organiser`, `facilitator`, `lessons`, `headcount`, `female`, `male`, `other`,
/// `local`, `international`, and `age 10-14` (one column per age band).
public struct EventInput: Sendable {
    public var code: String?
    public var date: String
    public var town: String
    public var country: String
    public var title: String
    public var kind: String
    public var audience: String
    public var language: String?
    public var organiser: String?
    public var facilitator: String?
    public var lessons: [String]
    /// The number of people counted (not listed); empty when only breakdowns are given.
    public var headcount: String?
    /// Counted people by group, as typed: (`female`, "12"), (`age 10-14`, "23"), (`international`, "3").
    public var groups: [(field: String, count: String)]

    public init(
        code: String? = nil, date: String, town: String, country: String, title: String, kind: String,
        audience: String, language: String? = nil, organiser: String? = nil, facilitator: String? = nil,
        lessons: [String] = [], headcount: String? = nil, groups: [(field: String, count: String)] = []
    ) {
        self.code = code
        self.date = date
        self.town = town
        self.country = country
        self.title = title
        self.kind = kind
        self.audience = audience
        self.language = language
        self.organiser = organiser
        self.facilitator = facilitator
        self.lessons = lessons
        self.headcount = headcount
        self.groups = groups
    }

    /// The group a headcount column stands for, or nil when the name is not a headcount column.
    static func group(forColumn name: String) -> (HeadcountDimension, String)? {
        let folded = CSVColumns.normalise(name)
        switch folded {
        case "female", "male", "other": return (.gender, folded)
        case "local", "international": return (.origin, folded)
        default: break
        }
        for prefix in ["age ", "age:"] where folded.hasPrefix(prefix) {
            let band = name.trimmingSpacesAndTabs.dropFirst(prefix.count)
            if let value = SheetVocabulary.ageBand(String(band)) { return (.ageBand, value) }
        }
        return nil
    }

    /// Checks every field; either a valid event with its lessons and headcounts, or every problem found.
    ///
    /// - Parameter knownLessons: unit ids of the library; nil skips the lesson check.
    package func validate(knownLessons: Set<String>?) -> Result<ValidEvent, ValidationProblems> {
        var problems: [FieldProblem] = []
        func required(_ field: String, _ value: String) -> String {
            let trimmed = value.trimmingSpacesAndTabs
            if trimmed.isEmpty { problems.append(FieldProblem(field: field, message: "required, but empty")) }
            return trimmed
        }
        func optional(_ value: String?) -> String? {
            guard let trimmed = value?.trimmingSpacesAndTabs, !trimmed.isEmpty else { return nil }
            return trimmed
        }
        let day = DayDate(date)
        if day == nil && !date.trimmingSpacesAndTabs.isEmpty {
            problems.append(.found("date", DayDate.expected, date))
        }
        _ = required("date", date)
        let town = required("town", town)
        let country = required("country", country)
        let title = required("title", title)
        let kindText = required("kind", kind).lowercased().replacingOccurrences(of: " ", with: "-")
        let kind = EventKind(rawValue: kindText)
        if kind == nil && !kindText.isEmpty { problems.append(.found("kind", "expected one of \(EventKind.choices)", self.kind)) }
        let audienceText = required("audience", audience).lowercased()
        let audience = Audience(rawValue: audienceText)
        if audience == nil && !audienceText.isEmpty {
            problems.append(.found("audience", "expected one of \(Audience.choices)", self.audience))
        }
        var language: String?
        if let typed = optional(self.language) {
            language = SheetVocabulary.language(typed)
            if language == nil { problems.append(.found("language", "expected a language code such as lv, tr or en", typed)) }
        }
        var lessonIDs: [String] = []
        for id in lessons where !lessonIDs.contains(id) {
            if let knownLessons, !knownLessons.contains(id) {
                let hint = Suggestion.closest(to: id, in: knownLessons.sorted()).map { " (did you mean '\($0)'?)" } ?? ""
                problems.append(FieldProblem(field: "lessons", message: "no lesson unit \(TerminalText.quoted(id)) in the library\(hint)"))
            }
            lessonIDs.append(id)
        }
        let headcounts = validateHeadcounts(&problems)
        guard problems.isEmpty, let day, let kind, let audience else { return .failure(ValidationProblems(problems)) }
        let record = EventRecord(
            code: optional(code), date: day.description, town: town, country: country, title: title, kind: kind,
            audience: audience, language: language, organiser: optional(organiser), facilitator: optional(facilitator))
        return .success(ValidEvent(record: record, lessons: lessonIDs, headcounts: headcounts))
    }

    /// Counts per group, the total (given, or the largest group sum), and the check that no group exceeds it.
    private func validateHeadcounts(_ problems: inout [FieldProblem]) -> [(HeadcountDimension, String, Int)] {
        var result: [(HeadcountDimension, String, Int)] = []
        var sums: [HeadcountDimension: Int] = [:]
        var total: Int?
        if let headcount {
            switch SheetVocabulary.count(headcount) {
            case .invalid: problems.append(.found("headcount", "expected a whole number of people (0 or more)", headcount))
            case .empty: break
            case .people(let value): total = value
            }
        }
        for (field, text) in groups {
            guard let (dimension, value) = EventInput.group(forColumn: field) else {
                problems.append(FieldProblem(field: field, message: "not a headcount group"))
                continue
            }
            switch SheetVocabulary.count(text) {
            case .invalid: problems.append(.found(field, "expected a whole number of people (0 or more)", text))
            case .empty: continue
            case .people(let count):
                if let index = result.firstIndex(where: { $0.0 == dimension && $0.1 == value }) {
                    result[index].2 += count
                } else {
                    result.append((dimension, value, count))
                }
                sums[dimension, default: 0] += count
            }
        }
        if let total {
            for dimension in HeadcountDimension.allCases {
                guard let sum = sums[dimension], sum > total else { continue }
                let field = result.last { $0.0 == dimension }.map { EventInput.columnName($0.0, $0.1) } ?? "headcount"
                problems.append(FieldProblem(
                    field: field,
                    message: "the \(dimension.label) counts add up to \(sum), more than the headcount of \(total)"))
            }
        }
        let derived = total ?? sums.values.max()
        if let derived { result.insert((.total, "", derived), at: 0) }
        return result
    }

    /// The CSV column that holds one group's count.
    static func columnName(_ dimension: HeadcountDimension, _ value: String) -> String {
        switch dimension {
        case .total: return "headcount"
        case .ageBand: return "age \(value)"
        case .gender, .origin: return value
        }
    }
}

extension EventInput {
    /// The event checked as typed field by field.
    ///
    /// - Throws: `StoreError.invalidEvent` with one problem per field.
    package func checked(knownLessons: Set<String>?) throws -> ValidEvent {
        switch validate(knownLessons: knownLessons) {
        case .success(let event): return event
        case .failure(let failure): throw StoreError.invalidEvent(failure.problems)
        }
    }
}

/// An event that passed every check, ready to store.
package struct ValidEvent: Sendable {
    package var record: EventRecord
    package var lessons: [String]
    package var headcounts: [(HeadcountDimension, String, Int)]
}

/// The problems of one event or row.
package struct ValidationProblems: Error, Sendable {
    package var problems: [FieldProblem]
    init(_ problems: [FieldProblem]) { self.problems = problems }
}

extension HeadcountDimension {
    /// The group's name in messages and reports.
    public var label: String {
        switch self {
        case .total: return "total"
        case .gender: return "gender"
        case .ageBand: return "age band"
        case .origin: return "origin"
        }
    }
}
