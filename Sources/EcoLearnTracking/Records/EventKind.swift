import EcoLearn

/// What sort of event took place (docs/TRACKING.md).
public enum EventKind: String, Codable, Sendable, CaseIterable {
    case lesson
    case seminar
    case workshop
    case studyVisit = "study-visit"
    case publicAction = "public-action"

    /// The accepted spellings, for error messages.
    public static var choices: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

extension Audience {
    /// The accepted spellings, for error messages (an event's audience uses the lesson units' vocabulary).
    static var choices: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// Whether a person came from the host town or from abroad.
public enum Origin: String, Codable, Sendable, CaseIterable {
    case local, international

    /// The accepted spellings, for error messages.
    public static var choices: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// When a quiz was taken relative to the lesson.
public enum QuizPhase: String, Codable, Sendable, CaseIterable {
    case pre, post
}

/// A group by which people who were counted rather than listed are broken down.
public enum HeadcountDimension: String, Codable, Sendable, CaseIterable {
    /// Everyone counted; the value is empty.
    case total
    case gender
    case ageBand = "age_band"
    case origin
}
