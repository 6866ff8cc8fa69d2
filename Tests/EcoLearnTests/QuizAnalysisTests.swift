import Testing
@testable import EcoLearn

@Suite struct QuizAnalysisTests {
    typealias U = QuizTestUnits

    static func single(_ id: String) -> Question {
        U.question(id, .single(options: [U.option("right", correct: true), U.option("w1"), U.option("w2"), U.option("w3")]))
    }

    static func truth(_ id: String, assesses: String = "name-streams") -> Question {
        U.question(id, .truefalse(answer: true, feedbackTrue: nil, feedbackFalse: nil), assesses: assesses)
    }

    func score(_ unit: LessonUnit, _ rows: [(String, [String: Response])]) -> [QuizResult] {
        let variant = QuizVariant.fileOrder(of: unit)
        return rows.map { QuizScorer.score($0.1, to: variant, respondent: $0.0, passPercent: 60) }
    }

    func near(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) < 1e-9 } ?? false }

    @Test func handComputedItemAnalysis() {
        let unit = U.unit(questions: [Self.single("q1"), Self.truth("q2"), Self.single("q3"), Self.truth("q4"), Self.single("q5")])
        // Totals: r1 5, r2 3, r3 3, r4 2, r5 2, r6 1 -> upper third r1 r2, lower third r5 r6.
        let results = score(unit, [
            ("r1", ["q1": .choices([0]), "q2": .truth(true), "q3": .choices([0]), "q4": .truth(true), "q5": .choices([0])]),
            ("r2", ["q1": .choices([0]), "q2": .truth(true), "q3": .choices([1]), "q4": .truth(true), "q5": .choices([1])]),
            ("r3", ["q1": .choices([0]), "q2": .truth(false), "q3": .choices([0]), "q4": .truth(true), "q5": .choices([1])]),
            ("r4", ["q1": .choices([1]), "q2": .truth(true), "q3": .choices([1]), "q4": .truth(true), "q5": .choices([1])]),
            ("r5", ["q1": .choices([2]), "q2": .truth(true), "q3": .choices([1]), "q4": .truth(true), "q5": .choices([1])]),
            ("r6", ["q1": .choices([1]), "q2": .truth(false), "q3": .choices([2]), "q4": .truth(true), "q5": .choices([1])]),
        ])
        let items = ItemAnalysis.analyse(unit, results: results)
        #expect(items.map(\.questionID) == ["q1", "q2", "q3", "q4", "q5"])
        #expect(items.map(\.answered) == [6, 6, 6, 6, 6])
        #expect(near(items[0].facility, 0.5))
        #expect(near(items[1].facility, 4.0 / 6))
        #expect(near(items[2].facility, 2.0 / 6))
        #expect(near(items[3].facility, 1))
        #expect(near(items[4].facility, 1.0 / 6))
        #expect(near(items[0].discrimination, 1))
        #expect(near(items[1].discrimination, 0.5))
        #expect(near(items[2].discrimination, 0.5))
        #expect(near(items[3].discrimination, 0))
        #expect(near(items[4].discrimination, 0.5))
        #expect(items.map(\.flag) == [nil, nil, nil, .easy, .hard])
        #expect(items.map(\.unusedDistractors) == [[3], [], [3], [], [2, 3]])
    }

    @Test func discriminationNeedsThreeResults() {
        let unit = U.unit(questions: [Self.truth("q1")])
        let items = ItemAnalysis.analyse(unit, results: score(unit, [("a", ["q1": .truth(true)]), ("b", [:])]))
        #expect(items[0].discrimination == nil)
        #expect(items[0].facility == 0.5)
    }

    @Test func handComputedKnowledgeGain() {
        let unit = U.unit(questions: [
            Self.truth("q1"), Self.truth("q2"), Self.truth("q3"), Self.truth("q4"), Self.truth("q5", assesses: "compost"),
        ])
        let pre = score(unit, [("r1", ["q1": .truth(true), "q2": .truth(true)]), ("r2", ["q5": .truth(true)])])
        let post = score(unit, [
            ("r1", ["q1": .truth(true), "q2": .truth(true), "q3": .truth(true), "q5": .truth(true)]),
            ("r2", ["q1": .truth(true), "q2": .truth(true), "q5": .truth(true)]),
        ])
        let gain = KnowledgeGain(unit: unit, pre: pre, post: post)
        #expect(gain.matched == 2)
        #expect(near(gain.unit?.meanPre, 0.3))
        #expect(near(gain.unit?.meanPost, 0.7))
        #expect(near(gain.unit?.meanGain, 0.4))
        #expect(near(gain.unit?.normalisedGain, 0.4 / 0.7))
        #expect(gain.objectives.map(\.objective) == ["name-streams", "compost"])
        #expect(near(gain.objectives[0].gain.meanPre, 0.25))
        #expect(near(gain.objectives[0].gain.meanPost, 0.625))
        #expect(near(gain.objectives[0].gain.normalisedGain, 0.5))
        #expect(near(gain.objectives[1].gain.meanGain, 0.5))
        #expect(near(gain.objectives[1].gain.normalisedGain, 1))
    }

    @Test func normalisedGainIsUndefinedFromFullMarks() {
        let gain = KnowledgeGain.Gain(meanPre: 1, meanPost: 0.9)
        #expect(gain.normalisedGain == nil)
        #expect(abs(gain.meanGain + 0.1) < 1e-12)
    }
}
