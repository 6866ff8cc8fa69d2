/// What `forget` removed.
public struct ForgetOutcome: Sendable, Hashable {
    /// Participant rows removed (0 or 1).
    public var participants: Int
    public var attendances: Int
    /// Quiz results whose respondent was the key.
    public var quizResults: Int
    public var quizAnswers: Int

    public init(participants: Int, attendances: Int, quizResults: Int, quizAnswers: Int) {
        self.participants = participants
        self.attendances = attendances
        self.quizResults = quizResults
        self.quizAnswers = quizAnswers
    }

    /// Every row removed.
    public var total: Int { participants + attendances + quizResults + quizAnswers }
}
