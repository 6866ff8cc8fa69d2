/// What the host can do from the projector page or the terminal.
public enum LiveHostCommand: Sendable, Hashable {
    /// The obvious next step (space on the host page): start the first question in the lobby, close an open
    /// question, open the next one after a close, end after the last.
    case next
    /// Close the open question now ("skip" the rest of its time); its answers count.
    case close
    case pause
    case resume
    /// Add seconds to the open question's timer.
    case extend(seconds: Double)
    /// Remove a player by id: they cannot answer any more and are left out of the results.
    case kick(player: Int)
    /// End the game now; the results so far are kept.
    case end

    /// The command's name, as the host page sends it.
    public var name: String {
        switch self {
        case .next: "next"
        case .close: "close"
        case .pause: "pause"
        case .resume: "resume"
        case .extend: "extend"
        case .kick: "kick"
        case .end: "end"
        }
    }
}
