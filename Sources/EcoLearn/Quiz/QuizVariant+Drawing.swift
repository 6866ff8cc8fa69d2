import Foundation

extension QuizVariant {
    /// The variant of `unit`'s quiz for `seed`: `count` questions (all when nil; clamped to the quiz's size),
    /// questions in a shuffled order, and each question's options, items or right-hand sides shuffled.
    ///
    /// The generator is SplitMix64 seeded with `seed` mixed with the unit id, so one pack seed gives
    /// different orders in different units; draws happen in a fixed order (questions first, then each
    /// presented question's parts), so the result depends on nothing but the unit, the count and the seed.
    public static func drawn(from unit: LessonUnit, count: Int? = nil, seed: UInt64) -> QuizVariant {
        let questions = unit.quiz?.questions ?? []
        var generator = SplitMix64(seed: seed ^ SplitMix64.stableHash(unit.id))
        let drawn = generator.permutation(of: questions.count).prefix(clampedCount(count, of: questions.count))
        let presented = drawn.map { index in
            let question = questions[index]
            let order = generator.permutation(of: PresentedQuestion.shuffledCount(of: question))
            return PresentedQuestion(question: question, optionOrder: order)
        }
        return QuizVariant(
            unitID: unit.id, unitVersion: unit.version, seed: seed,
            code: QuizVariant.code(unitID: unit.id, version: unit.version, seed: seed),
            questions: presented)
    }

    /// The quiz as written: every question and option in file order (paper answers typed without a seed).
    public static func fileOrder(of unit: LessonUnit) -> QuizVariant {
        let questions = (unit.quiz?.questions ?? []).map(PresentedQuestion.init(unshuffled:))
        return QuizVariant(
            unitID: unit.id, unitVersion: unit.version, seed: 0, code: "file-order", isShuffled: false,
            questions: questions)
    }

    /// Reads a seed as typed by a trainer or copied from a paper: `2024` or a variant code `K-2024`. A code's
    /// check letter must match the unit; the error explains a code from another unit or version.
    public static func seed(parsing text: String, for unit: LessonUnit) throws(SeedProblem) -> UInt64 {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let seed = UInt64(trimmed) { return seed }
        let parts = trimmed.split(separator: "-", maxSplits: 1).map(String.init)
        guard parts.count == 2, let seed = UInt64(parts[1]) else { throw SeedProblem.notASeed(text) }
        let expected = QuizVariant.code(unitID: unit.id, version: unit.version, seed: seed)
        guard expected.uppercased() == trimmed.uppercased() else {
            throw SeedProblem.codeOfAnotherUnit(text, unitID: unit.id, version: unit.version, seed: seed, expected: expected)
        }
        return seed
    }

    private static func clampedCount(_ count: Int?, of total: Int) -> Int {
        guard let count else { return total }
        return max(0, min(count, total))
    }
}

/// Why a typed seed cannot be used; the description says it without naming a command-line flag.
public enum SeedProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// Neither a number nor a variant code.
    case notASeed(String)
    /// A variant code whose check letter belongs to another unit or version.
    case codeOfAnotherUnit(String, unitID: String, version: Int, seed: UInt64, expected: String)

    public var description: String {
        switch self {
        case .notASeed(let text):
            return "expected a number or a variant code like 2024 or V-2024, found '\(text)'"
        case .codeOfAnotherUnit(let text, let unitID, let version, let seed, let expected):
            return "variant code '\(text)' is not from \(unitID) version \(version) (its code for seed \(seed) is "
                + "\(expected)); was the paper printed from another unit or version?"
        }
    }
}
