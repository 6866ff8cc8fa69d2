/// An event with what was counted at it: the line of `events list` and the head of `events show`.
public struct EventSummary: Sendable, Hashable, Codable {
    public var event: EventRecord
    /// Lesson unit ids used, alphabetically.
    public var lessons: [String]
    /// Listed participants who signed in.
    public var attendances: Int
    /// People counted, not listed (0 when no headcount was taken).
    public var headcount: Int
    /// Counted people by group: (dimension, value, count), total excluded.
    public var groups: [HeadcountGroup]
    /// Quiz results stored for the event.
    public var quizResults: Int

    public init(
        event: EventRecord, lessons: [String], attendances: Int, headcount: Int, groups: [HeadcountGroup], quizResults: Int
    ) {
        self.event = event
        self.lessons = lessons
        self.attendances = attendances
        self.headcount = headcount
        self.groups = groups
        self.quizResults = quizResults
    }

    /// People at the event: listed plus counted.
    public var people: Int { attendances + headcount }
}

/// People counted in one group at one event.
public struct HeadcountGroup: Sendable, Hashable, Codable {
    public var dimension: HeadcountDimension
    public var value: String
    public var count: Int

    public init(dimension: HeadcountDimension, value: String, count: Int) {
        self.dimension = dimension
        self.value = value
        self.count = count
    }
}
