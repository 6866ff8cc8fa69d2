/// What `forget` removed.
public struct ForgetOutcome: Sendable, Hashable {
    /// Participant rows removed (0 or 1).
    public var participants: Int
    public var attendances: Int
    /// Quiz results whose respondent was the key.
    public var quizResults: Int
    public var quizAnswers: Int
    /// Imports whose file name was removed from the import log: sign-in sheets that listed the person, and files
    /// whose name holds the key.
    public var importNames: Int = 0

    /// What the import log keeps of a file name removed by `forgetParticipant`.
    public static let forgottenFileName = "(name removed by participants forget)"

    public init(participants: Int, attendances: Int, quizResults: Int, quizAnswers: Int, importNames: Int = 0) {
        self.participants = participants
        self.attendances = attendances
        self.quizResults = quizResults
        self.quizAnswers = quizAnswers
        self.importNames = importNames
    }

    /// Every row removed.
    public var total: Int { participants + attendances + quizResults + quizAnswers }
}
