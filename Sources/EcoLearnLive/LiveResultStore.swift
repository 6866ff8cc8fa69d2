import EcoLearn

/// Where a live game's results go at its end: the participation store, as `quiz score --save` saves paper
/// results. The command line gives the store; tests give a stand-in.
public protocol LiveResultStore: Sendable {
    /// Saves `results` for `event` and `phase` (`pre` or `post`); returns the line to tell the trainer.
    func save(_ results: [QuizResult], event: String, phase: String) async throws -> String
}
