/// How a live game is played: which quiz variant, the timer and the points. Fixed when the game is created and
/// written first in its records, so a resumed game plays the same questions.
public struct LiveSettings: Sendable, Hashable, Codable {
    public var unitID: String
    /// The unit's version when the game was created (a resumed game refuses a changed unit).
    public var unitVersion: Int
    /// How many questions (all when nil).
    public var count: Int?
    /// The seed of the quiz variant every player gets.
    public var seed: UInt64
    /// Seconds per question; nil when the timer is off.
    public var timer: Double?
    public var points: LivePoints
    /// The language of the host's screen.
    public var hostLanguage: String
    /// The stored event the results are saved for (its code or number), with `phase`; nil for a game not saved.
    public var event: String?
    /// `pre` or `post`.
    public var phase: String?

    public init(
        unitID: String, unitVersion: Int, count: Int? = nil, seed: UInt64, timer: Double? = 30,
        points: LivePoints = .off, hostLanguage: String, event: String? = nil, phase: String? = nil
    ) {
        self.unitID = unitID
        self.unitVersion = unitVersion
        self.count = count
        self.seed = seed
        self.timer = timer
        self.points = points
        self.hostLanguage = hostLanguage
        self.event = event
        self.phase = phase
    }
}
