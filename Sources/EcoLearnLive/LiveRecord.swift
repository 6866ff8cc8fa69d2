/// One change of a live game, as written to the store the moment it happens. Replaying the records in order
/// rebuilds the game (`LiveGame.replay`), so a killed server resumes with every answer it had received.
public enum LiveRecord: Sendable, Hashable, Codable {
    /// The first record: the game's settings.
    case created(settings: LiveSettings, at: Double)
    case joined(player: Int, token: String, name: String, language: String, at: Double)
    /// A question opened for `seconds` (nil: no timer).
    case opened(question: Int, seconds: Double?, at: Double)
    /// A player answered with `cell` (as a paper cell), `elapsed` seconds of open time after the question opened.
    case answered(player: Int, question: Int, cell: String, elapsed: Double, at: Double)
    case closed(question: Int, at: Double)
    case paused(at: Double)
    case resumed(at: Double)
    case extended(seconds: Double, at: Double)
    case kicked(player: Int, at: Double)
    case ended(at: Double)
}
