import EcoLearn

/// Where a live game's results go at its end: the participation store, as `quiz score --save` saves paper
/// results. The command line gives the store; tests give a stand-in.
public protocol LiveResultStore: Sendable {
    /// Saves `results` for `event` and `phase` (`pre` or `post`); returns the line to tell the trainer.
    func save(_ results: [QuizResult], event: String, phase: String) async throws -> String

    /// The players (by id) that `participants forget` renamed in the game's stored records since it started; the
    /// room leaves them out of the results it saves.
    func forgottenPlayers() async throws -> [Int]
}
