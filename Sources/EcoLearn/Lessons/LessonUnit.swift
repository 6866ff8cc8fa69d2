/// A lesson unit: one YAML file under lessons/, the authoring format of docs/AUTHORING.md.
public struct LessonUnit: Sendable, Hashable, Codable {
    public var id: String
    public var version: Int
    public var title: LocalizedText
    public var summary: LocalizedText
    /// The languages every text must have; the first is the source language the others are translated from.
    public var languages: [String]
    /// Review state of each translated language.
    public var translations: [String: TranslationState]
    public var topics: [String]
    public var audiences: [Audience]
    public var ages: AgeRange?
    public var minutes: Int
    public var objectives: [Objective]
    public var keyPoints: [LocalizedText]
    public var materials: [LocalizedText]
    public var activities: [Activity]
    public var quiz: Quiz?
    public var sources: [Source]
    public var license: String
    public var authors: [String]

    /// The file the unit came from, relative to the library (e.g. `lessons/waste/sorting-at-home.yaml`).
    public var file: String
    /// Marks of the unit's own fields, for diagnostics that name a field (`id`, `languages`, ...).
    public var fieldMarks: [String: SourceMark]

    public init(
        id: String, version: Int = 1, title: LocalizedText, summary: LocalizedText, languages: [String],
        translations: [String: TranslationState] = [:], topics: [String], audiences: [Audience],
        ages: AgeRange? = nil, minutes: Int, objectives: [Objective], keyPoints: [LocalizedText] = [],
        materials: [LocalizedText] = [], activities: [Activity], quiz: Quiz? = nil, sources: [Source],
        license: String, authors: [String] = [], file: String = "", fieldMarks: [String: SourceMark] = [:]
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.summary = summary
        self.languages = languages
        self.translations = translations
        self.topics = topics
        self.audiences = audiences
        self.ages = ages
        self.minutes = minutes
        self.objectives = objectives
        self.keyPoints = keyPoints
        self.materials = materials
        self.activities = activities
        self.quiz = quiz
        self.sources = sources
        self.license = license
        self.authors = authors
        self.file = file
        self.fieldMarks = fieldMarks
    }

    /// The language the unit was written in; the others are translations of it.
    public var sourceLanguage: String { languages.first ?? "en" }

    /// The review state of `language`: the source language counts as reviewed, an unlisted one as draft.
    public func reviewState(of language: String) -> TranslationState {
        if language == sourceLanguage { return .reviewed }
        return translations[language] ?? .draft
    }

    /// The objective with this id.
    public func objective(_ id: String) -> Objective? { objectives.first { $0.id == id } }
}

/// Whether a translation has been read in full against the source language.
public enum TranslationState: String, Sendable, Hashable, Codable, CaseIterable {
    case draft
    case reviewed
}

/// Who a unit is for.
public enum Audience: String, Sendable, Hashable, Codable, CaseIterable {
    case school
    case ngo
    case municipal
    case `public`
}

/// An inclusive range of learner ages, written `10-14` or `12`.
public struct AgeRange: Sendable, Hashable, Codable, CustomStringConvertible {
    public var lower: Int
    public var upper: Int

    public init(lower: Int, upper: Int) {
        self.lower = lower
        self.upper = upper
    }

    public func contains(_ age: Int) -> Bool { age >= lower && age <= upper }

    public var description: String { lower == upper ? "\(lower)" : "\(lower)-\(upper)" }
}

/// Something a learner should be able to do after the unit; quiz questions say which one they assess.
public struct Objective: Sendable, Hashable, Codable {
    public var id: String
    public var text: LocalizedText
    public var mark: SourceMark

    public init(id: String, text: LocalizedText, mark: SourceMark) {
        self.id = id
        self.text = text
        self.mark = mark
    }
}

/// Where a fact in the unit comes from.
public struct Source: Sendable, Hashable, Codable {
    public enum Confidence: String, Sendable, Hashable, Codable, CaseIterable {
        case high
        case medium
    }

    public var title: String
    public var url: String?
    public var year: Int?
    public var publisher: String?
    public var confidence: Confidence
    public var mark: SourceMark

    public init(
        title: String, url: String?, year: Int?, publisher: String? = nil, confidence: Confidence = .high,
        mark: SourceMark
    ) {
        self.title = title
        self.url = url
        self.year = year
        self.publisher = publisher
        self.confidence = confidence
        self.mark = mark
    }
}
