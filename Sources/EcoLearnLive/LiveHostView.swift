import EcoLearn

/// What the projector shows now, in the host's language: the lobby's players, the question with its timer and
/// answer count, after the close the distribution, the right answer and the explanation; a podium when points
/// are on.
public struct LiveHostView: Sendable, Hashable, Codable {
    /// One player as the host sees them.
    public struct Player: Sendable, Hashable, Codable {
        public var id: Int
        public var name: String
        public var language: String
        public var points: Int
        /// True when the player has answered the question on screen.
        public var answered: Bool
    }

    /// Which screen the projector shows.
    public enum Screen: String, Sendable, Hashable, Codable {
        case lobby, question, paused, closed, ended
    }

    public var screen: Screen
    public var title: String
    public var variantCode: String
    public var language: String
    public var points: LivePoints
    /// Players in the game (not removed), in joining order.
    public var players: [Player]
    public var question: LiveQuestionView?
    /// Seconds left on the timer when the view was made (nil: no timer running).
    public var remaining: Double?
    /// The timer's length in seconds (nil: off).
    public var timer: Double?
    public var answered: Int
    /// Once the question has closed: the answers per bar, the right answer, the explanation, the facility.
    public var distribution: LiveDistribution?
    public var correctAnswer: String?
    public var explanation: String?
    /// The players with the most points (up to 5), when points are on, once a question has closed.
    public var podium: [Player]

    /// The host's view of `game` at `time`.
    public init(game: LiveGame, at time: Double) {
        let language = game.settings.hostLanguage
        title = game.unit.title.text(in: language)
        variantCode = game.variant.code
        self.language = language
        points = game.settings.points
        timer = game.settings.timer
        let index = game.stage.question
        players = game.players.filter { !$0.isKicked }.map { player in
            Player(id: player.id, name: player.name, language: player.language, points: player.points,
                   answered: index.map { player.answers[$0] != nil } ?? false)
        }
        answered = players.count { $0.answered }
        podium = []
        switch game.stage {
        case .lobby: screen = .lobby
        case .open: screen = .question
        case .paused: screen = .paused
        case .closed: screen = .closed
        case .ended: screen = .ended
        }
        if let index {
            question = LiveQuestionView(variant: game.variant, index: index, language: language)
            remaining = game.remaining(at: time)
            if screen == .closed {
                let presented = game.variant.questions[index]
                distribution = LiveDistribution(
                    variant: game.variant, index: index, players: game.players, language: language)
                let feedback = AnswerFeedback(live: presented, response: .blank, language: language)
                correctAnswer = feedback.correctAnswer
                explanation = feedback.explanation
            }
        }
        if game.settings.points != .off, screen == .closed || screen == .ended {
            podium = Array(players.sorted { ($0.points, -$0.id) > ($1.points, -$1.id) }.prefix(5))
        }
    }
}
