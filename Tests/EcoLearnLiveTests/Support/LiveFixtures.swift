import EcoLearn
import EcoLearnLive
import Foundation

/// The fixture unit (all eight kinds, in en, lv and tr) and games made of it.
enum LiveFixtures {
    /// The quiz fixtures of the EcoLearn tests (shared, not copied).
    static let workspace = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("EcoLearnTests/Fixtures/quiz-workspace")

    /// `sorting-at-home` of Tests/EcoLearnTests/Fixtures/quiz-workspace.
    static let unit: LessonUnit = {
        let library = Library.load(at: workspace)
        return library.unit("sorting-at-home")!
    }()

    static func settings(timer: Double? = 20, points: LivePoints = .off, count: Int? = nil) -> LiveSettings {
        LiveSettings(
            unitID: unit.id, unitVersion: unit.version, count: count, seed: 7, timer: timer, points: points,
            hostLanguage: "en")
    }

    /// A new game at time 0.
    static func game(timer: Double? = 20, points: LivePoints = .off, count: Int? = nil) throws -> LiveGame {
        try LiveGame(unit: unit, settings: settings(timer: timer, points: points, count: count), at: 0)
    }

    /// Moves `game` on with `next` until question `index` is open.
    static func open(_ game: inout LiveGame, question index: Int, at time: Double = 1) throws {
        while game.stage != .open(question: index, openedAt: time, deadline: game.deadline, elapsedBefore: 0) {
            _ = try game.host(.next, at: time)
        }
    }

    /// The right cell for question `index` of `game`, as a phone sends it.
    static func rightCell(_ game: LiveGame, _ index: Int, language: String = "en") -> String {
        game.variant.questions[index].answerKey(in: language)
    }

    /// A cell of the right shape that scores 0 for question `index`.
    static func wrongCell(_ game: LiveGame, _ index: Int) -> String {
        let presented = game.variant.questions[index]
        let key = presented.answerKey(in: "en")
        switch presented.question.kind {
        case .single:
            return PresentedQuestion.letter(presented.letters.firstIndex { $0 != key }!)
        case .multiple:
            let wrong = presented.presentedOptions.enumerated().filter { !$0.element.correct }.map(\.offset)
            return wrong.map(PresentedQuestion.letter).joined()
        case .truefalse: return key == "T" ? "F" : "T"
        case .numeric: return "999"
        case .short: return "landfill"
        case .order, .match:
            // Every letter moved one place: none in its right position.
            return String(key.dropFirst()) + String(key.prefix(1))
        case .sort:
            return String(key.map { $0 == "A" ? "B" : "A" })
        }
    }
}
