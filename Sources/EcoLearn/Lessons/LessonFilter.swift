/// What a teacher looks for in `lessons list`: every given criterion must hold.
public struct LessonFilter: Sendable {
    public var topic: String?
    public var audience: Audience?
    public var language: String?
    public var age: Int?
    public var maxMinutes: Int?

    public init(topic: String? = nil, audience: Audience? = nil, language: String? = nil, age: Int? = nil, maxMinutes: Int? = nil) {
        self.topic = topic
        self.audience = audience
        self.language = language
        self.age = age
        self.maxMinutes = maxMinutes
    }

    /// True when the unit meets every criterion. A unit without ages matches any age.
    public func matches(_ unit: LessonUnit) -> Bool {
        if let topic, !unit.topics.contains(topic) { return false }
        if let audience, !unit.audiences.contains(audience) { return false }
        if let language, !unit.languages.contains(language) { return false }
        if let age, let ages = unit.ages, !ages.contains(age) { return false }
        if let maxMinutes, unit.minutes > maxMinutes { return false }
        return true
    }
}

/// The row `lessons list` shows for a unit (also its JSON form).
public struct LessonSummary: Sendable, Codable, Equatable {
    public var id: String
    public var title: String
    public var audiences: [String]
    public var ages: String?
    public var minutes: Int
    /// Each language with its review state, e.g. `en`, `lv:reviewed`, `tr:draft`.
    public var languages: [String: String]
    public var topics: [String]
    public var file: String

    public init(_ unit: LessonUnit, titleLanguage: String) {
        id = unit.id
        title = unit.title.text(in: titleLanguage)
        audiences = unit.audiences.map(\.rawValue)
        ages = unit.ages?.description
        minutes = unit.minutes
        languages = Dictionary(uniqueKeysWithValues: unit.languages.map {
            ($0, $0 == unit.sourceLanguage ? "source" : unit.reviewState(of: $0).rawValue)
        })
        topics = unit.topics
        file = unit.file
    }
}
