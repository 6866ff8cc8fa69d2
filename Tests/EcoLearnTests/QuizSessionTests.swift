import Foundation
import Testing
@testable import EcoLearn

@Suite struct QuizSessionTests {
    /// Runs the code-built unit's V-2024 variant with `lines` as input; returns the transcript and result.
    func run(_ lines: [String], language: String = "en", feedback: Bool = true, count: Int? = nil)
        -> (String, QuizResult)
    {
        let unit = QuizTestUnits.unit()
        let variant = QuizVariant.drawn(from: unit, count: count, seed: 2024)
        var input = lines.makeIterator()
        var transcript = ""
        var session = QuizSession(unit: unit, variant: variant, language: language, showFeedback: feedback)
        let result = session.play(
            repeatWith: { "--seed \($0)" }, echoInput: true, readLine: { input.next() }, write: { transcript += $0 })
        return (transcript, result)
    }

    // V-2024 asks: symbols, lids-off, deposit, hierarchy, recyclables, glass-jar, bins, compost-word.
    let allRight = ["CAB", "F", "10", "CBAD", "BD", "A", "BBCA", "compost"]

    @Test func allRightPasses() {
        let (transcript, result) = run(allRight)
        #expect(result.total == 9)
        #expect(result.passed)
        #expect(transcript.contains("Question 3 of 8\n"))
        #expect(transcript.hasSuffix("Score: 9 of 9 points (100%): PASSED (pass mark 60%)\n"))
    }

    @Test func numbersAreAcceptedForChoices() {
        let (_, result) = run(["CAB", "2", "10", "CBAD", "2 4", "1", "BBCA", "compost"])
        #expect(result.total == 9)
    }

    @Test func invalidInputIsAskedAgainWithAHint() {
        let (transcript, result) = run(["AB", "CAB", "maybe", "F"] + Array(allRight.dropFirst(2)))
        #expect(transcript.contains(
            "> AB\nNot understood: 'AB'. Type one letter for each numbered item, in order (e.g. BCA).\n> CAB\nCorrect!"))
        #expect(transcript.contains("> maybe\nNot understood: 'maybe'. Type T or F (or 1 or 2).\n"))
        #expect(result.total == 9)
    }

    @Test func feedbackShowsTheAnswerOptionFeedbackAndExplanation() {
        var lines = allRight
        lines[5] = "D"  // Mixed waste
        let (transcript, result) = run(lines)
        #expect(transcript.contains(
            "> D\nNot right.\nAnswer: A Green glass container\nGlass can be melted again and again\nBecause glass-jar.\n"))
        #expect(result.total == 8)
    }

    @Test func partialCreditIsReported() {
        var lines = allRight
        lines[6] = "BBCB"
        let (transcript, _) = run(lines)
        #expect(transcript.contains("> BBCB\nPartly right: 1.5 of 2 points.\n"))
    }

    @Test func noFeedbackMode() {
        let (transcript, _) = run(allRight, feedback: false)
        #expect(!transcript.contains("Correct!"))
        #expect(!transcript.contains("Because"))
    }

    @Test func endOfInputStopsWithoutHanging() {
        let (transcript, result) = run(["CAB", "F"])
        #expect(transcript.contains("Input ended: the remaining questions count as unanswered."))
        #expect(result.total == 2)
        #expect(result.answers.count == 8)
        #expect(result.answer("deposit")?.response == .blank)
    }

    @Test func skipWithDash() {
        let (transcript, result) = run(["-"] + allRight.dropFirst())
        #expect(transcript.contains("> -\nSkipped.\n"))
        #expect(result.total == 8)
    }

    @Test func latvianAndTurkishFixedStrings() {
        // Short answers are checked in the quiz language: "compost" is not a Latvian answer.
        let (lv, _) = run(allRight.dropLast() + ["KOMPOSTS"], language: "lv")
        #expect(lv.contains("Jautājums 1 no 8"))
        #expect(lv.hasSuffix("Rezultāts: 9 no 9 punktiem (100%): NOKĀRTOTS (nokārtošanai vajag 60%)\n"))
        var lines = allRight
        lines[6] = "BBCB"
        lines[7] = "ıslak çöp"
        let (tr, _) = run(lines, language: "tr")
        #expect(tr.contains("Soru 8 / 8"))
        #expect(tr.contains("Kısmen doğru: 2 puanın 1,5'i."))
        #expect(tr.hasSuffix("Puan: 9 puan üzerinden 8,5 (%94,4): GEÇTİ (geçme notu %60)\n"))
    }

    @Test func aSessionTakesOneAnswerAtATime() {
        let unit = QuizTestUnits.unit()
        var session = QuizSession(unit: unit, variant: QuizVariant.drawn(from: unit, seed: 2024), language: "en")
        let sendable: any Sendable = session
        #expect(sendable is QuizSession)
        #expect(session.opening() == """
            Sorting waste at home: quiz (8)
            Variant V-2024
            Answer with a letter or a number and press Enter; type - to skip a question.

            """)
        #expect(session.opening(repeatWith: { "seed \($0)" }).contains("Variant V-2024 (repeat it with seed 2024)\n"))
        #expect(session.current?.question.id == "symbols")
        #expect(session.questionText?.hasPrefix("\nQuestion 1 of 8\n") == true)
        #expect(session.answer("  ") == .nothingTyped)
        #expect(session.answer("AB") == .notUnderstood(
            "Not understood: 'AB'. Type one letter for each numbered item, in order (e.g. BCA).\n"))
        #expect(session.position == 0)
        #expect(session.answer("CAB") == .recorded(feedback: "Correct!\nBecause symbols.\n"))
        #expect(session.position == 1)
        #expect(session.current?.question.id == "lids-off")
        #expect(session.answer("-") == .recorded(feedback: "Skipped.\nAnswer: F False\nBecause lids-off.\n"))
        #expect(!session.isFinished)
        #expect(session.stop() == "\nInput ended: the remaining questions count as unanswered.\n")
        #expect(session.isFinished)
        #expect(session.current == nil && session.questionText == nil)
        #expect(session.answer("10") == .nothingTyped)
        let result = session.result
        #expect(result.total == 1)
        #expect(result.answers.count == 8)
        #expect(session.summary(of: result) == "\nScore: 1 of 9 points (11.1%): NOT PASSED (pass mark 60%)\n")
    }

    @Test func steppingAndPlayingGiveTheSameResult() {
        let unit = QuizTestUnits.unit()
        var stepped = QuizSession(unit: unit, variant: QuizVariant.drawn(from: unit, seed: 2024), language: "en")
        for line in allRight { _ = stepped.answer(line) }
        #expect(stepped.isFinished)
        #expect(stepped.result == run(allRight).1)
    }

    @Test func fillSubstitutesInOnePass() {
        #expect(QuizStrings.fill("(%%3) %1", "a", "b", "100") == "(%100) a")
        #expect(QuizStrings.fill("50% of %2", "x", "y") == "50% of y")
    }

    @Test func percentagesAreWrittenAsEachLanguageWritesThem() {
        #expect(QuizStrings.forLanguage("en").percent(12.5) == "12.5 %")
        #expect(QuizStrings.forLanguage("lv").percent(12.5) == "12,5 %")
        #expect(QuizStrings.forLanguage("tr").percent(12.5) == "%12,5")
        // Two decimals by default (the quiz's scores), three in printed answer keys' partial weights.
        #expect(QuizStrings.forLanguage("lv").percent(100.0 / 3) == "33,33 %")
        #expect(QuizStrings.forLanguage("lv").percent(100.0 / 3, decimals: 3) == "33,333 %")
        #expect(QuizStrings.forLanguage("tr").percent(100.0 / 3, decimals: 3) == "%33,333")
    }
}
