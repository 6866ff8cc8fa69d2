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
    /// Live games' `joined` records whose player name (the key, typed in any case) was replaced by
    /// `forgotten N` (`LiveRecord.forgottenName` of EcoLearnLive); the records stay, so the games still replay.
    public var liveRecords: Int = 0

    /// What the import log keeps of a file name removed by `forgetParticipant`.
    public static let forgottenFileName = "(name removed by participants forget)"

    public init(
        participants: Int, attendances: Int, quizResults: Int, quizAnswers: Int, importNames: Int = 0, liveRecords: Int = 0
    ) {
        self.participants = participants
        self.attendances = attendances
        self.quizResults = quizResults
        self.quizAnswers = quizAnswers
        self.importNames = importNames
        self.liveRecords = liveRecords
    }

    /// Every row removed (file names and live records are changed, not removed).
    public var total: Int { participants + attendances + quizResults + quizAnswers }
}
