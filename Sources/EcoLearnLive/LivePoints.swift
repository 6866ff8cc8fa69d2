/// How a live game awards points (DESIGN.md section 8). Scores for the participation store are always the
/// quiz engine's; points only rank players on the host's podium.
public enum LivePoints: String, Sendable, Hashable, Codable, CaseIterable {
    /// No points and no podium: each player sees right or wrong only (the default).
    case off
    /// 1000 points per question point, times the fraction the answer earned.
    case accuracy
    /// Kahoot's formula: round(1000 × (1 − (t / T) / 2)) per question point for a right answer given t seconds
    /// into a T-second timer (full points under 0.5 s), times the fraction earned. Needs a timer.
    case speed

    /// The points for an answer that earned `fraction` of a question worth `questionPoints`, given `elapsed`
    /// seconds after the question opened, with a `timer`-second timer (nil when the timer is off).
    public func points(fraction: Double, questionPoints: Double, elapsed: Double, timer: Double?) -> Int {
        let earned = max(0, fraction) * questionPoints
        switch self {
        case .off:
            return 0
        case .accuracy:
            return Int((1000 * earned).rounded())
        case .speed:
            guard let timer, timer > 0 else { return Int((1000 * earned).rounded()) }
            let speed = elapsed < 0.5 ? 1000 : (1000 * (1 - min(1, max(0, elapsed) / timer) / 2)).rounded()
            return Int((speed * earned).rounded())
        }
    }
}
