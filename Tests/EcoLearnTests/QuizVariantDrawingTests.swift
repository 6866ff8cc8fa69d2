import Testing
@testable import EcoLearn

@Suite struct QuizVariantDrawingTests {
    @Test func splitMixMatchesTheReferenceSequence() {
        // Reference values of SplitMix64 seeded with 0 (Vigna's splitmix64.c).
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(generator.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func boundedDrawsStayInRange() {
        var generator = SplitMix64(seed: 42)
        for bound in 1...50 {
            let value = generator.next(below: bound)
            #expect(value >= 0 && value < bound)
        }
    }

    @Test func permutationIsAPermutation() {
        var generator = SplitMix64(seed: 7)
        #expect(generator.permutation(of: 10).sorted() == Array(0..<10))
        #expect(generator.permutation(of: 0) == [])
        #expect(generator.permutation(of: 1) == [0])
    }

    @Test func fixedSeedGivesAFixedVariant() {
        let variant = QuizVariant.drawn(from: QuizTestUnits.unit(), seed: 2024)
        #expect(variant.code == "V-2024")
        #expect(variant.questions.map { $0.answerKey(in: "en") }
            == ["CAB", "F", "10", "CBAD", "BD", "A", "BBCA", "compost"])
        #expect(variant.questions.map(\.question.id) == Self.expectedOrder)
        #expect(variant.questions.map(\.optionOrder) == Self.expectedOptionOrders)
    }

    // Pinned literally: a change here means printed papers no longer match their keys.
    static let expectedOrder = [
        "symbols", "lids-off", "deposit", "hierarchy", "recyclables", "glass-jar", "bins", "compost-word",
    ]
    static let expectedOptionOrders = [[1, 2, 0], [], [], [2, 1, 0, 3], [2, 0, 3, 1], [0, 3, 2, 1], [3, 1, 2, 0], []]

    @Test func sameSeedSameVariantDifferentSeedDifferentVariant() {
        let unit = QuizTestUnits.unit()
        #expect(QuizVariant.drawn(from: unit, seed: 1) == QuizVariant.drawn(from: unit, seed: 1))
        #expect(QuizVariant.drawn(from: unit, seed: 1) != QuizVariant.drawn(from: unit, seed: 2))
    }

    @Test func drawsNOfM() {
        let variant = QuizVariant.drawn(from: QuizTestUnits.unit(), count: 3, seed: 99)
        #expect(variant.questions.count == 3)
        #expect(Set(variant.questions.map(\.question.id)).count == 3)
        #expect(QuizVariant.drawn(from: QuizTestUnits.unit(), count: 50, seed: 99).questions.count == 8)
        #expect(QuizVariant.drawn(from: QuizTestUnits.unit(), count: 0, seed: 99).questions.isEmpty)
    }

    @Test func fileOrderKeepsEverythingAsWritten() {
        let variant = QuizVariant.fileOrder(of: QuizTestUnits.unit())
        #expect(variant.questions.map(\.question.id) == QuizTestUnits.allKinds.map(\.id))
        #expect(variant.questions[0].optionOrder == [0, 1, 2, 3])
        #expect(variant.questions[2].optionOrder == [])
        #expect(variant.questions.map { $0.answerKey(in: "en") }
            == ["A", "AB", "F", "10", "compost", "ABCD", "ABC", "ABCB"])
    }

    @Test func answerKeyFollowsThePresentedOrder() {
        let question = QuizTestUnits.allKinds[0]
        let presented = PresentedQuestion(question: question, optionOrder: [2, 0, 3, 1])
        #expect(presented.answerKey(in: "en") == "B")
        #expect(presented.choices(in: "en") == ["Paper container", "Green glass container", "Bio-waste", "Mixed waste"])
        #expect(presented.letters == ["A", "B", "C", "D"])
        let order = PresentedQuestion(question: QuizTestUnits.allKinds[5], optionOrder: [3, 1, 0, 2])
        #expect(order.answerKey(in: "en") == "CBDA")
        let sort = PresentedQuestion(question: QuizTestUnits.allKinds[7], optionOrder: [3, 2, 1, 0])
        #expect(sort.itemsToAnswer(in: "lv") == ["Tea leaves", "Egg box", "Apple core", "Jam jar"])
        #expect(sort.answerKey(in: "en") == "BCBA")
        #expect(sort.choices(in: "lv") == ["Stikls", "Bioatkritumi", "Paper"])
    }

    @Test func lettersGoPastZ() {
        #expect(PresentedQuestion.letter(0) == "A")
        #expect(PresentedQuestion.letter(25) == "Z")
        #expect(PresentedQuestion.letter(26) == "AA")
        #expect(PresentedQuestion.letter(27) == "AB")
    }

    @Test func seedParsesPlainAndCodes() throws {
        let unit = QuizTestUnits.unit()
        let code = QuizVariant.drawn(from: unit, seed: 2024).code
        #expect(try QuizVariant.seed(parsing: "2024", for: unit) == 2024)
        #expect(try QuizVariant.seed(parsing: code, for: unit) == 2024)
        #expect(try QuizVariant.seed(parsing: code.lowercased(), for: unit) == 2024)
        let wrongLetter = (code.hasPrefix("A") ? "B" : "A") + code.dropFirst()
        #expect(throws: SeedProblem.codeOfAnotherUnit(
            wrongLetter, unitID: unit.id, version: unit.version, seed: 2024, expected: code)) {
            try QuizVariant.seed(parsing: wrongLetter, for: unit)
        }
        #expect(throws: SeedProblem.notASeed("twenty")) { try QuizVariant.seed(parsing: "twenty", for: unit) }
        #expect(SeedProblem.notASeed("twenty").description
            == "expected a number or a variant code like 2024 or V-2024, found 'twenty'")
    }
}
