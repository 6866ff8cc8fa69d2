import ArgumentParser
import EcoLearn

/// Checks shared by the quiz commands.
enum QuizOptions {
    /// The unit's quiz, or a clear error when the unit has none.
    static func requireQuiz(_ unit: LessonUnit) throws -> Quiz {
        guard let quiz = unit.quiz, !quiz.questions.isEmpty else {
            throw ValidationError("unit '\(unit.id)' has no quiz questions (hint: add a quiz: section to \(unit.file))")
        }
        return quiz
    }

    /// The seed of `--seed`: a number or a variant code printed on a paper (`V-2024`).
    static func seed(_ text: String?, for unit: LessonUnit) throws -> UInt64? {
        guard let text else { return nil }
        if let seed = QuizSession.seed(parsing: text, for: unit) { return seed }
        let parts = text.split(separator: "-", maxSplits: 1)
        if parts.count == 2, let seed = UInt64(parts[1]) {
            let code = QuizVariant.code(unitID: unit.id, version: unit.version, seed: seed)
            throw ValidationError(
                "--seed: variant code '\(text)' is not from \(unit.id) version \(unit.version) "
                    + "(its code for seed \(seed) is \(code)); was the paper printed from another unit or version?")
        }
        throw ValidationError("--seed: expected a number or a variant code like 2024 or V-2024, found '\(text)'")
    }

    /// `--lang`, checked against the unit's languages.
    static func language(_ text: String?, for unit: LessonUnit) throws -> String? {
        guard let text else { return nil }
        guard unit.languages.contains(text) else {
            throw ValidationError(
                "--lang: unit '\(unit.id)' is not written in '\(text)'; it has \(unit.languages.joined(separator: ", "))")
        }
        return text
    }
}
