import EcoLearn
import Foundation

/// One respondent's scored quiz, to be stored for knowledge-gain reports.
public struct QuizResultInput: Sendable, Hashable {
    /// One question's score.
    public struct Answer: Sendable, Hashable {
        public var questionID: String
        /// The objective the question assesses.
        public var objectiveID: String
        /// Fraction of the question's points earned, -1...1 (negative under negative marking).
        public var fraction: Double

        public init(questionID: String, objectiveID: String, fraction: Double) {
            self.questionID = questionID
            self.objectiveID = objectiveID
            self.fraction = fraction
        }
    }

    public var unitID: String
    public var unitVersion: Int
    /// The variant's seed; nil when the quiz was taken in file order.
    public var seed: UInt64?
    /// Pseudonymous respondent key (a participant key, or the number on a paper).
    public var respondent: String
    public var phase: QuizPhase
    /// The event's code or number.
    public var event: String
    /// Score in percent, 0...100.
    public var percent: Double
    public var answers: [Answer]

    public init(
        unitID: String, unitVersion: Int, seed: UInt64?, respondent: String, phase: QuizPhase, event: String,
        percent: Double, answers: [Answer]
    ) {
        self.unitID = unitID
        self.unitVersion = unitVersion
        self.seed = seed
        self.respondent = respondent
        self.phase = phase
        self.event = event
        self.percent = percent
        self.answers = answers
    }
}

extension QuizResultInput {
    /// A result scored by the quiz engine, for an event and a phase.
    public init(_ result: QuizResult, event: String, phase: QuizPhase) {
        self.init(
            unitID: result.unitID, unitVersion: result.unitVersion, seed: result.seed, respondent: result.respondent,
            phase: phase, event: event, percent: result.percent,
            answers: result.answers.map {
                Answer(questionID: $0.questionID, objectiveID: $0.objective, fraction: $0.fraction)
            })
    }
}

extension QuizResultInput {
    /// What is wrong with results before any is stored: percent or fraction out of range, empty respondent.
    package static func problems(_ results: [QuizResultInput]) -> [String] {
        var problems: [String] = []
        for result in results {
            if !(0...100).contains(result.percent) {
                problems.append("respondent \(TerminalText.quoted(result.respondent)): percent \(result.percent) is outside 0...100")
            }
            if result.respondent.trimmingCharacters(in: .whitespaces).isEmpty {
                problems.append("a result has an empty respondent key")
            }
            for answer in result.answers where !(-1...1).contains(answer.fraction) {
                problems.append("respondent \(TerminalText.quoted(result.respondent)), question \(TerminalText.quoted(answer.questionID)): "
                    + "fraction \(answer.fraction) is outside -1...1")
            }
        }
        return problems
    }
}

/// What `saveQuizResults` did.
public struct QuizSaveOutcome: Sendable, Hashable {
    /// Results stored for the first time.
    public var added: Int
    /// Results that replaced an earlier one for the same event, unit, phase and respondent.
    public var replaced: Int

    public init(added: Int, replaced: Int) {
        self.added = added
        self.replaced = replaced
    }
}
