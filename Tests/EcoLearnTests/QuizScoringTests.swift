import Foundation
import Testing
@testable import EcoLearn

@Suite struct QuizScoringTests {
    typealias U = QuizTestUnits
    let kinds = QuizTestUnits.allKinds

    func fraction(_ index: Int, _ response: Response, language: String? = nil) -> Double {
        QuestionScoring.fraction(of: kinds[index], for: response, language: language)
    }

    func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-9 }

    @Test func singleScoresTheCorrectOptionOnly() {
        #expect(fraction(0, .choices([0])) == 1)
        #expect(fraction(0, .choices([1])) == 0)
        #expect(fraction(0, .choices([0, 1])) == 0)
        #expect(fraction(0, .blank) == 0)
        #expect(fraction(0, .choices([9])) == 0)
    }

    @Test func singleHonoursWeightsAndNegativeMarking() {
        let question = U.question(
            "weighted",
            .single(options: [
                U.option("Right", correct: true), U.option("Half", weight: 0.5), U.option("Wrong", weight: -0.33),
                U.option("Plain"),
            ]))
        #expect(QuestionScoring.fraction(of: question, for: .choices([0])) == 1)
        #expect(QuestionScoring.fraction(of: question, for: .choices([1])) == 0.5)
        #expect(QuestionScoring.fraction(of: question, for: .choices([2])) == -0.33)
        #expect(QuestionScoring.fraction(of: question, for: .choices([3])) == 0)
    }

    @Test func multipleSharesCreditAndClamps() {
        // Two correct (+0.5 each), two wrong (-0.5 each).
        #expect(fraction(1, .choices([0])) == 0.5)
        #expect(fraction(1, .choices([0, 1])) == 1)
        #expect(fraction(1, .choices([0, 1, 2])) == 0.5)
        #expect(fraction(1, .choices([0, 2])) == 0)
        #expect(fraction(1, .choices([2, 3])) == 0)
        #expect(fraction(1, .choices([0, 1, 2, 3])) == 0)
        #expect(fraction(1, .choices([1, 1])) == 0.5)
    }

    @Test func multipleWithThreeWrongOptionsAndExplicitWeights() {
        let question = U.question(
            "three-wrong",
            .multiple(
                options: [U.option("R", correct: true), U.option("W1"), U.option("W2"), U.option("W3", weight: -1)],
                allOrNothing: false))
        #expect(near(QuestionScoring.fraction(of: question, for: .choices([0, 1])), 2.0 / 3))
        #expect(near(QuestionScoring.fraction(of: question, for: .choices([0, 1, 2])), 1.0 / 3))
        #expect(QuestionScoring.fraction(of: question, for: .choices([0, 3])) == 0)
    }

    @Test func multipleAllOrNothing() {
        guard case .multiple(let options, _) = kinds[1].body else { return }
        let strict = U.question("strict", .multiple(options: options, allOrNothing: true))
        #expect(QuestionScoring.fraction(of: strict, for: .choices([0])) == 0)
        #expect(QuestionScoring.fraction(of: strict, for: .choices([1, 0])) == 1)
        #expect(QuestionScoring.fraction(of: strict, for: .choices([0, 1, 2])) == 0)
    }

    @Test func trueFalse() {
        #expect(fraction(2, .truth(false)) == 1)
        #expect(fraction(2, .truth(true)) == 0)
        #expect(fraction(2, .blank) == 0)
    }

    @Test func numericAbsoluteToleranceEdges() {
        #expect(fraction(3, .number(10)) == 1)
        #expect(fraction(3, .number(10.5)) == 0)
        let loose = U.question("loose", .numeric(NumericAnswer(value: 10, tolerance: 0.1)))
        #expect(QuestionScoring.fraction(of: loose, for: .number(10.1)) == 1)
        #expect(QuestionScoring.fraction(of: loose, for: .number(9.9)) == 1)
        #expect(QuestionScoring.fraction(of: loose, for: .number(10.11)) == 0)
        #expect(QuestionScoring.fraction(of: loose, for: .number(.nan)) == 0)
    }

    @Test func numericRelativeToleranceEdges() {
        let relative = U.question("relative", .numeric(NumericAnswer(value: 200, tolerancePercent: 2.5)))
        #expect(QuestionScoring.fraction(of: relative, for: .number(205)) == 1)
        #expect(QuestionScoring.fraction(of: relative, for: .number(195)) == 1)
        #expect(QuestionScoring.fraction(of: relative, for: .number(205.01)) == 0)
        let negative = U.question("negative", .numeric(NumericAnswer(value: -40, tolerancePercent: 10)))
        #expect(QuestionScoring.fraction(of: negative, for: .number(-44)) == 1)
        #expect(QuestionScoring.fraction(of: negative, for: .number(-44.5)) == 0)
    }

    @Test func shortFoldsCaseAndSpace() {
        #expect(fraction(4, .text("  Compost "), language: "en") == 1)
        #expect(fraction(4, .text("COMPOST"), language: "en") == 1)
        #expect(fraction(4, .text("com post"), language: "en") == 0)
        #expect(fraction(4, .text("KOMPOSTS"), language: "lv") == 1)
        #expect(fraction(4, .text("komposts"), language: "en") == 0)
        // Without a language any language's answers count.
        #expect(fraction(4, .text("komposts")) == 1)
    }

    @Test func shortFoldsTurkishDottedAndDotlessI() {
        // Accepted in tr: "ISLAK ÇÖP", which folds to "ıslak çöp".
        #expect(fraction(4, .text("ıslak   çöp"), language: "tr") == 1)
        #expect(fraction(4, .text("Islak Çöp"), language: "tr") == 1)
        #expect(fraction(4, .text("islak çöp"), language: "tr") == 0)
        #expect(AnswerFolding.fold("İSTANBUL", language: "tr") == "istanbul")
        #expect(AnswerFolding.fold("KIRMIZI", language: "tr") == "kırmızı")
        #expect(AnswerFolding.fold("KIRMIZI", language: "en") == "kirmizi")
        #expect(AnswerFolding.fold("İzmir", language: "en") == "izmir")
        #expect(AnswerFolding.fold("ŠĶIROŠANA", language: "lv") == "šķirošana")
        // Decomposed input (e + combining acute) equals the precomposed form.
        #expect(AnswerFolding.fold("Cafe\u{301}", language: "en") == AnswerFolding.fold("Café", language: "en"))
    }

    @Test func shortAnswersIgnoreInvisibleCharactersAndDecomposedLetters() {
        // I + combining dot above is the Turkish capital İ; copied text brings marks and zero-width spaces.
        #expect(AnswerFolding.fold("I\u{307}STANBUL", language: "tr") == "istanbul")
        #expect(AnswerFolding.fold("\u{200F}I\u{307}zmir\u{200E}", language: "en") == "izmir")
        #expect(AnswerFolding.fold("com\u{200B}post\u{FEFF}", language: "en") == "compost")
        #expect(fraction(4, .text("\u{200F}Compost\u{200B}"), language: "en") == 1)
        #expect(fraction(4, .text("I\u{307}slak çöp"), language: "tr") == 0)
        #expect(fraction(4, .text("ISLAK\u{200D} ÇÖP"), language: "tr") == 1)
    }

    @Test func orderByAbsolutePosition() {
        #expect(fraction(5, .order([0, 1, 2, 3])) == 1)
        #expect(fraction(5, .order([1, 0, 2, 3])) == 0.5)
        #expect(fraction(5, .order([3, 2, 1, 0])) == 0)
        #expect(fraction(5, .order([0, 2, 1])) == 0.25)
        #expect(fraction(5, .order([1, 2, 3, 0])) == 0)
    }

    @Test func matchByFractionOfPairs() {
        #expect(fraction(6, .match([0, 1, 2])) == 1)
        #expect(near(fraction(6, .match([1, 0, 2])), 1.0 / 3))
        #expect(near(fraction(6, .match([nil, 1, 2])), 2.0 / 3))
        #expect(fraction(6, .match([])) == 0)
    }

    @Test func sortByFractionOfItems() {
        #expect(fraction(7, .sort(["glass", "bio", "paper", "bio"])) == 1)
        #expect(fraction(7, .sort(["glass", "glass", "paper", nil])) == 0.5)
        #expect(fraction(7, .sort(["bio", "glass", "glass", "paper"])) == 0)
    }

    @Test func wrongShapeScoresZero() {
        #expect(fraction(0, .truth(true)) == 0)
        #expect(fraction(3, .text("10")) == 0)
    }

    @Test func resultAddsPointsAndAppliesThePassMark() {
        let unit = U.unit()
        let variant = QuizVariant.fileOrder(of: unit)
        let responses: [String: Response] = [
            "glass-jar": .choices([0]),  // 1
            "recyclables": .choices([0]),  // 0.5
            "lids-off": .truth(false),  // 1
            "deposit": .number(12),  // 0
            "compost-word": .text("Compost"),  // 1
            "hierarchy": .order([1, 0, 2, 3]),  // 0.5
            // symbols: blank, 0
            "bins": .sort(["glass", "glass", "paper", nil]),  // 0.5 of 2 points
        ]
        let result = QuizScorer.score(responses, to: variant, respondent: "r1", passPercent: 50, language: "en")
        #expect(result.total == 5)
        #expect(result.maximum == 9)
        #expect(near(result.percent, 500.0 / 9))
        #expect(result.passed)
        #expect(result.answer("bins")?.points == 1)
        #expect(result.answer("symbols")?.response == .blank)
        #expect(result.answer("compost-word")?.objective == "compost")
        #expect(result.seed == nil)
        #expect(result.variantCode == "file-order")
        let strict = QuizScorer.score(responses, to: variant, respondent: "r1", passPercent: 60, language: "en")
        #expect(!strict.passed)
    }

    @Test func passMarkIsInclusive() {
        let unit = U.unit(questions: Array(QuizTestUnits.allKinds.prefix(5)))
        let responses: [String: Response] = [
            "glass-jar": .choices([0]), "recyclables": .choices([0, 1]), "lids-off": .truth(false),
        ]
        let result = QuizScorer.score(responses, to: QuizVariant.fileOrder(of: unit), respondent: "x", passPercent: 60)
        #expect(result.percent == 60)
        #expect(result.passed)
    }

    @Test func negativeMarkingNeverTakesTheTotalBelowZero() {
        let question = U.question(
            "guess", .single(options: [U.option("Right", correct: true), U.option("Wrong", weight: -0.5)]))
        let unit = U.unit(questions: [question])
        let result = QuizScorer.score(
            ["guess": .choices([1])], to: QuizVariant.fileOrder(of: unit), respondent: "x", passPercent: 60)
        #expect(result.answers[0].points == -0.5)
        #expect(result.total == 0)
        #expect(result.percent == 0)
    }

    @Test func resultRoundTripsThroughJSON() throws {
        let unit = U.unit()
        let variant = QuizVariant.drawn(from: unit, seed: 2024)
        let responses: [String: Response] = [
            "glass-jar": .choices([0]), "symbols": .match([0, nil, 2]), "bins": .sort(["glass", nil, "bio", "bio"]),
            "compost-word": .text("kompost"), "deposit": .number(10), "lids-off": .truth(true),
            "hierarchy": .order([0, 1]),
        ]
        let result = QuizScorer.score(responses, to: variant, respondent: "p-17", passPercent: 60, language: "tr")
        let data = try JSONEncoder().encode(result)
        #expect(try JSONDecoder().decode(QuizResult.self, from: data) == result)
        #expect(result.seed == 2024)
        #expect(result.variantCode == "V-2024")
        let bad = Data(#"{"choices":[1],"truth":true}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Response.self, from: bad) }
    }
}
