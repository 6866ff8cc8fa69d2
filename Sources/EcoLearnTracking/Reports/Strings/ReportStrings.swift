/// The one table of report words, one file per language (`ReportStrings+English.swift`, `+Latvian`, `+Turkish`),
/// each an exhaustive switch so that a label cannot be missing from a language.
enum ReportStrings {
    /// The text of `label` in `language`.
    static func text(_ label: ReportLabel, in language: ReportLanguage) -> String {
        switch language {
        case .en: return English.text(label)
        case .lv: return Latvian.text(label)
        case .tr: return Turkish.text(label)
        }
    }

    /// The title of a table grouped by `dimensions` ("By country and kind").
    static func groupingTitle(_ dimensions: [ReportDimension], in language: ReportLanguage) -> String {
        switch language {
        case .en: return English.groupingTitle(dimensions)
        case .lv: return Latvian.groupingTitle(dimensions)
        case .tr: return Turkish.groupingTitle(dimensions)
        }
    }

    /// The period a report covers, its ends already written as days (nil: open).
    static func period(from: String?, to: String?, in language: ReportLanguage) -> String {
        switch language {
        case .en: return English.period(from: from, to: to)
        case .lv: return Latvian.period(from: from, to: to)
        case .tr: return Turkish.period(from: from, to: to)
        }
    }

    /// A month in words (Latvian and Turkish).
    static func month(_ month: Int, year: Int, in language: ReportLanguage) -> String {
        switch language {
        case .en: return "\(year)-\(month < 10 ? "0" : "")\(month)"
        case .lv: return "\(year). gada \(Latvian.months[month - 1])"
        case .tr: return "\(Turkish.months[month - 1]) \(year)"
        }
    }

    /// The label of a grouping dimension's column head.
    static func label(for dimension: ReportDimension) -> ReportLabel {
        switch dimension {
        case .month: .month
        case .town: .town
        case .country: .country
        case .audience: .audience
        case .kind: .kind
        case .lesson: .lesson
        }
    }

    /// The label of a value stored in English words (a gender, an origin, an audience, a kind), nil for any other
    /// value (a town, an age band), which is printed as stored.
    static func label(forValue value: String) -> ReportLabel? {
        switch value {
        case "female": .female
        case "male": .male
        case "other": .other
        case Report.notRecorded: .notRecorded
        case "local": .local
        case "international": .international
        case Report.noLesson: .noLesson
        case "school": .audienceSchool
        case "ngo": .audienceNGO
        case "municipal": .audienceMunicipal
        case "public": .audiencePublic
        case "lesson": .kindLesson
        case "seminar": .kindSeminar
        case "workshop": .kindWorkshop
        case "study-visit": .kindStudyVisit
        case "public-action": .kindPublicAction
        default: nil
        }
    }
}
