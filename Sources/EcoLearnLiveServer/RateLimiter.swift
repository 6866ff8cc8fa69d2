/// A token bucket: `burst` messages at once, then `perSecond`. Each connection has its own, so a phone that
/// floods the server loses its own extra messages and slows no one else.
struct RateLimiter {
    let burst: Double
    let perSecond: Double
    private var tokens: Double
    private var last: ContinuousClock.Instant?

    init(burst: Double, perSecond: Double) {
        self.burst = burst
        self.perSecond = perSecond
        tokens = burst
    }

    /// True when a message arriving at `now` may go through (and takes a token).
    mutating func allow(at now: ContinuousClock.Instant) -> Bool {
        if let last {
            let seconds = Double((now - last).components.attoseconds) / 1e18 + Double((now - last).components.seconds)
            tokens = min(burst, tokens + seconds * perSecond)
        }
        last = now
        guard tokens >= 1 else { return false }
        tokens -= 1
        return true
    }
}
