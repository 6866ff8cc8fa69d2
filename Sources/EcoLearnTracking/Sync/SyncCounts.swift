/// Rows of each kind: waiting to be sent, or sent.
public struct SyncCounts: Sendable, Hashable {
    public var events = 0
    public var participants = 0
    public var attendances = 0
    public var quizResults = 0
    public var tombstones = 0

    public init(events: Int = 0, participants: Int = 0, attendances: Int = 0, quizResults: Int = 0, tombstones: Int = 0) {
        self.events = events
        self.participants = participants
        self.attendances = attendances
        self.quizResults = quizResults
        self.tombstones = tombstones
    }

    /// Every row.
    public var total: Int { events + participants + attendances + quizResults + tombstones }
}
