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
        do {
            return try QuizVariant.seed(parsing: text, for: unit)
        } catch {
            throw ValidationError("--seed: \(error)")
        }
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
