/// Where a live game is: lobby -> question open (or paused) -> question closed -> ... -> ended.
public enum LiveStage: Sendable, Hashable {
    case lobby
    /// A question takes answers; `deadline` is when its timer runs out (nil: no timer). `elapsedBefore` is open
    /// time from before a pause, so answer times count open time only.
    case open(question: Int, openedAt: Double, deadline: Double?, elapsedBefore: Double)
    /// The host paused an open question: no answers, the timer stands at `remaining` seconds.
    case paused(question: Int, remaining: Double?, elapsedBefore: Double)
    /// The question closed: its answer may be shown.
    case closed(question: Int)
    case ended

    /// The question on screen, if any.
    public var question: Int? {
        switch self {
        case .open(let question, _, _, _), .paused(let question, _, _), .closed(let question): question
        case .lobby, .ended: nil
        }
    }
}
