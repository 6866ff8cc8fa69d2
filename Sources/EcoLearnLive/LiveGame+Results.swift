import EcoLearn

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

    /// The results to save: one per player who was not removed and answered at least one question, in joining
    /// order, the respondent being the name they joined with.
    public func results() -> [QuizResult] {
        players.filter { !$0.isKicked && !$0.answers.isEmpty }.compactMap(result(of:))
    }

    /// The answers as `quiz score` reads paper answers: a header `respondent,<question id>,...` for the questions
    /// asked and one row per saved result, each cell as the player sent it, so
    /// `ecolearn quiz score UNIT FILE --seed SEED` scores the same (short answers in any of the unit's languages).
    public func paperCSV() -> String {
        let asked = askedVariant
        var rows = [["respondent"] + asked.questions.map(\.question.id)]
        for player in players where !player.isKicked && !player.answers.isEmpty {
            rows.append([player.name] + asked.questions.indices.map { player.answers[$0]?.cell ?? "" })
        }
        return CSVTable.format(rows)
    }
}
