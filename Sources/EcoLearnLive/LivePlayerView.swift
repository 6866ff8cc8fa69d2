import EcoLearn

/// What one player's phone shows now. The right answer and the feedback (`feedback`) are filled in only once
/// the question has closed.
public struct LivePlayerView: Sendable, Hashable, Codable {
    /// Which screen the phone shows.
    public enum Screen: String, Sendable, Hashable, Codable {
        case lobby, question, paused, closed, ended, kicked
    }

    public var screen: Screen
    /// The unit's title in the player's language.
    public var title: String
    public var name: String
    public var language: String
    /// The question on screen (open, paused or closed).
    public var question: LiveQuestionView?
    /// Seconds left on the timer when the view was made (nil: no timer running).
    public var remaining: Double?
    /// The player's answer to the question on screen, as sent.
    public var answer: String?
    /// After the close: how the answer scored, the right answer, the chosen option's feedback, the explanation.
    public var feedback: AnswerFeedback?
    /// Points so far, when points are on.
    public var points: Int?
    /// At the end: the quiz engine's score of the questions asked, in percent.
    public var percent: Double?

    /// The view of `player` in `game` at `time`. `question` is the view of the question on screen in the player's
    /// language when the caller has made it already (a server sending a room its views makes it once per language).
    public init(game: LiveGame, player: LivePlayer, at time: Double, question: LiveQuestionView? = nil) {
        title = game.unit.title.text(in: player.language)
        name = player.name
        language = player.language
        points = game.settings.points == .off ? nil : player.points
        if player.isKicked {
            screen = .kicked
            return
        }
        switch game.stage {
        case .lobby:
            screen = .lobby
        case .open(let index, _, _, _), .paused(let index, _, _), .closed(let index):
            self.question = question ?? LiveQuestionView(variant: game.variant, index: index, language: player.language)
            answer = player.answers[index]?.cell
            remaining = game.remaining(at: time)
            switch game.stage {
            case .open: screen = .question
            case .paused: screen = .paused
            default:
                screen = .closed
                feedback = AnswerFeedback(
                    live: game.variant.questions[index], response: player.answers[index]?.response ?? .blank,
                    language: player.language)
            }
        case .ended:
            screen = .ended
            percent = game.result(of: player)?.percent ?? 0
        }
    }
}
