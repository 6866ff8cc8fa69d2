import EcoLearn
import Foundation

extension LiveGame {
    /// The variant restricted to the questions opened so far (a game ended early is scored on what was asked).
    public var askedVariant: QuizVariant {
        var asked = variant
        asked.questions = Array(variant.questions.prefix(openedCount))
        return asked
    }

    /// The quiz engine's result of `player` on the questions asked; nil for a removed player.
    public func result(of player: LivePlayer) -> QuizResult? {
        guard !player.isKicked else { return nil }
        let asked = askedVariant
        let responses = asked.questions.indices.map { player.answers[$0]?.response ?? .blank }
        return QuizScorer.score(
            responses, to: asked, respondent: player.name, passPercent: unit.quiz?.passPercent ?? 60,
            language: player.language)
    }

    /// The results to save: one per player who was not removed or forgotten and answered at least one question, in
    /// joining order, the respondent being the name they joined with.
    public func results() -> [QuizResult] {
        savedPlayers.compactMap(result(of:))
    }

    /// The players whose results are saved.
    private var savedPlayers: [LivePlayer] {
        players.filter { !$0.isKicked && !$0.isForgotten && !$0.answers.isEmpty }
    }

    /// The answers as `quiz score` reads paper answers: a header `respondent,<question id>,...` for the questions
    /// asked and one row per saved result, each cell as the player sent it (a decimal comma written as a point),
    /// so `ecolearn quiz score UNIT FILE --seed SEED` scores the same (short answers in any of the unit's
    /// languages). Names and short answers are written as text cells (a leading `=`, `+`, `-` or `@` gets a `'`,
    /// as in every CSV ecolearn writes); the other cells hold only letters, `-`, `T`/`F` and numbers.
    public func paperCSV() -> String {
        let asked = askedVariant
        var output: [UInt8] = []
        CSVTable.appendText("respondent", to: &output)
        for presented in asked.questions {
            output.append(UInt8(ascii: ","))
            CSVTable.appendText(presented.question.id, to: &output)
        }
        output.append(UInt8(ascii: "\n"))
        for player in savedPlayers {
            CSVTable.appendText(player.name, to: &output)
            for (index, presented) in asked.questions.enumerated() {
                output.append(UInt8(ascii: ","))
                var cell = player.answers[index]?.cell ?? ""
                if presented.question.kind == .numeric { cell = cell.replacingOccurrences(of: ",", with: ".") }
                if presented.question.kind == .short || cell.contains(where: { ",;\" \t\r\n".contains($0) }) {
                    CSVTable.appendText(cell, to: &output)
                } else {
                    CSVTable.appendNumber(cell, to: &output)
                }
            }
            output.append(UInt8(ascii: "\n"))
        }
        return String(decoding: output, as: UTF8.self)
    }
}
