import EcoLearn

/// One person in a live game: the name they joined with (a nickname or a participant key), their language,
/// their answers and points.
public struct LivePlayer: Sendable, Hashable {
    /// Numbers players in joining order, from 0.
    public let id: Int
    /// The secret the player's page keeps to rejoin as the same player; it identifies only this player.
    public let token: String
    /// The nickname or participant key; also the respondent of the saved result.
    public internal(set) var name: String
    public let language: String
    /// True when the host removed the player: they can no longer answer and are left out of the results.
    public internal(set) var isKicked = false
    /// True when `participants forget` removed the name the player joined with (it is `LiveRecord.forgottenName`
    /// now): the player plays on, and is left out of the results, so nothing is saved of them again.
    public var isForgotten: Bool { name == LiveRecord.forgottenName(player: id) }
    /// Answers by question number (position in the variant).
    public internal(set) var answers: [Int: LiveAnswer] = [:]
    /// Points so far (0 when points are off).
    public internal(set) var points = 0
}

/// One answer of a player.
public struct LiveAnswer: Sendable, Hashable {
    /// The answer as a paper cell (`AC`, `T`, `2,5`, `CAB`): the form of `quiz score`'s CSV.
    public var cell: String
    public var response: Response
    /// Seconds of open question time before the answer came.
    public var elapsed: Double
    /// The fraction of the question's points the quiz engine gives it.
    public var fraction: Double
    public var points: Int
}
