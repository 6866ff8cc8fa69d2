import Testing
@testable import EcoLearn

/// Numeric and short questions with several answers, weights and feedback: written in YAML, validated, scored,
/// printed in answer keys, exported to GIFT and Moodle XML, and read back whole.
@Suite struct QuizPartialCreditTests {
    static let numericYAML = [
        "      answers:",
        "        - value: 10",
        "          tolerance: 0",
        "          feedback: { en: Right., lv: Pareizi. }",
        "        - value: 10",
        "          tolerance: 2",
        "          weight: 0.5",
        "          feedback: { en: Close., lv: Tuvu. }",
        "        - value: 100",
        "          tolerance: 0",
        "          weight: 0",
        "          feedback: { en: That is in euros times ten., lv: Tas ir eiro reiz desmit. }",
    ].map { $0 + "\n" }.joined()
    static let shortYAML = "      answers: { en: [paper, { text: cardboard, weight: 0.5, feedback: \"Cardboard goes there too, but the word is paper.\" }], lv: [papīrs, { text: kartons, weight: 0.5 }] }\n"

    /// The fixture unit with partial credit in `deposit` (numeric) and `paper-word` (short).
    static func yaml() -> String {
        Fixtures.mutated("      answer: 10\n      tolerance: 0\n", numericYAML)
            .replacingOccurrences(of: "      answers: { en: [paper, cardboard], lv: [papīrs, kartons] }\n", with: shortYAML)
    }

    static func unit() throws -> LessonUnit {
        let result = Library.decode(Array(yaml().utf8), file: "lessons/waste/sorting-at-home.yaml", validator: Validator(mediaFiles: ["media/bins.svg"]))
        return try #require(result.unit)
    }

    @Test func decodesValidatesAndScores() throws {
        #expect(Fixtures.check(Self.yaml()) == [])
        let quiz = try #require(try Self.unit().quiz)
        let deposit = try #require(quiz.question("deposit")), word = try #require(quiz.question("paper-word"))
        let scores = [10, 11.5, 12, 12.5, 100, 7].map { QuestionScoring.fraction(of: deposit, for: .number($0)) }
        #expect(scores == [1, 0.5, 0.5, 0, 0, 0])
        #expect(QuestionScoring.fraction(of: word, for: .text("Paper"), language: "en") == 1)
        #expect(QuestionScoring.fraction(of: word, for: .text("cardboard"), language: "en") == 0.5)
        #expect(QuestionScoring.fraction(of: word, for: .text("kartons"), language: "lv") == 0.5)
        #expect(QuestionScoring.fraction(of: word, for: .text("glass"), language: "en") == 0)
    }

    @Test func answerKeysListThePartialAnswers() throws {
        let quiz = try #require(try Self.unit().quiz)
        let strings = QuizStrings.forLanguage("en")
        let deposit = QuestionText(presented: PresentedQuestion(unshuffled: try #require(quiz.question("deposit"))), language: "en", strings: strings)
        #expect(deposit.correctAnswer() == "10 cents (10 ± 2: 50 %; 100: 0 %)")
        let word = QuestionText(presented: PresentedQuestion(unshuffled: try #require(quiz.question("paper-word"))), language: "en", strings: strings)
        #expect(word.correctAnswer() == "paper (cardboard: 50 %)")
        // The terminal and the live quiz write the weights as the language writes a percentage (the fixture's
        // unit has no Turkish word, so the English one stands in).
        let turkish = QuestionText(presented: PresentedQuestion(unshuffled: try #require(quiz.question("deposit"))), language: "tr", strings: .forLanguage("tr"))
        #expect(turkish.correctAnswer() == "10 cents (10 ± 2: %50; 100: %0)")
        let composer = QuestionComposer(language: "lv")
        #expect(composer.view(of: PresentedQuestion(unshuffled: try #require(quiz.question("paper-word"))), number: 1).keyLines == ["papīrs", "kartons: 50 %"])
        #expect(composer.view(of: PresentedQuestion(unshuffled: try #require(quiz.question("deposit"))), number: 1).keyLines == ["10 centi", "10 ± 2: 50 %", "100: 0 %"])
        let turkishKey = QuestionComposer(language: "tr").view(of: PresentedQuestion(unshuffled: try #require(quiz.question("deposit"))), number: 1)
        #expect(turkishKey.keyLines == ["10 cents", "10 ± 2: %50", "100: %0"])
    }

    @Test func aPrintedKeyWritesNumbersAsThePacksLanguageDoes() throws {
        let yaml = Fixtures.mutated("      answer: 10\n      tolerance: 0\n", "      answer: 2.5\n      tolerance: 0.25\n      points: 1.5\n")
        let unit = try #require(Library.decode(Array(yaml.utf8), file: "lessons/waste/sorting-at-home.yaml", validator: Validator(mediaFiles: ["media/bins.svg"])).unit)
        let deposit = PresentedQuestion(unshuffled: try #require(unit.quiz?.question("deposit")))
        let latvian = QuestionComposer(language: "lv").view(of: deposit, number: 4)
        #expect(latvian.key == "2,5" && latvian.keyLines == ["2,5 ± 0,25 centi"] && latvian.points == "1,5 punkti")
        let english = QuestionComposer(language: "en").view(of: deposit, number: 4)
        #expect(english.key == "2.5" && english.keyLines == ["2.5 ± 0.25 cents"] && english.points == "1.5 points")
        // The paper-answers cell stays machine-readable.
        #expect(deposit.answerKey(in: "lv") == "2.5")
    }

    @Test func quizRunShowsTheFeedbackOfTheMatchedAnswer() throws {
        let source = try Self.unit()
        let unit = QuizTestUnits.unit(questions: ["deposit", "paper-word"].compactMap { source.quiz?.question($0) })
        let variant = QuizVariant.drawn(from: unit, count: nil, seed: 1)
        let answers = ["deposit": "11", "paper-word": "cardboard"]
        var input = variant.questions.map { answers[$0.question.id] ?? "" }.makeIterator()
        var transcript = ""
        var session = QuizSession(unit: unit, variant: variant, language: "en", showFeedback: true)
        let result = session.play(echoInput: true, readLine: { input.next() }, write: { transcript += $0 })
        #expect(transcript.contains("> 11\nPartly right: 0.5 of 1 points.\nAnswer: 10 cents (10 ± 2: 50 %; 100: 0 %)\nClose.\n"))
        #expect(transcript.contains("> cardboard\nPartly right: 0.5 of 1 points.\nAnswer: paper (cardboard: 50 %)\nCardboard goes there too, but the word is paper.\n"))
        #expect(result.total == 1)
    }

    @Test func badWeightsAndMissingFullMarksAreErrors() {
        let noFull = Self.yaml().replacingOccurrences(of: "lv: [papīrs, { text: kartons, weight: 0.5 }]", with: "lv: [{ text: papīrs, weight: 0.5 }, { text: kartons, weight: -0.5 }]")
        #expect(Fixtures.check(noFull) == [
            "lessons/waste/sorting-at-home.yaml:106:131: error: quiz.questions[4].answers.lv: no answer earns full marks (hint: leave out the weight of the fully right answer)",
            "lessons/waste/sorting-at-home.yaml:106:131: error: quiz.questions[4].answers.lv: the weight of 'kartons' must be between 0 and 1, found -0.5",
        ])
        let both = Fixtures.mutated("      answer: 10\n      tolerance: 0\n", "      answer: 10\n" + Self.numericYAML)
        #expect(Fixtures.check(both) == [
            "lessons/waste/sorting-at-home.yaml:89:15: error: quiz.questions[3].answer: give answer and tolerance, or a list of answers, not both (hint: move 'answer' into the first entry of answers)",
        ])
        let heavy = Self.yaml().replacingOccurrences(of: "weight: 0.5\n          feedback: { en: Close.", with: "weight: 0.35\n          feedback: { en: Close.")
        #expect(Fixtures.check(heavy) == [
            "lessons/waste/sorting-at-home.yaml:95:19: warning: quiz.questions[3].answers[1].weight: answer 2 is worth 35 %, which is not a grade Moodle accepts; Moodle's import rejects the whole question (hint: the nearest grade Moodle accepts is 33.33333 %)",
        ])
    }

    @Test func exportsEveryAnswerAndReadsThemBackWhole() throws {
        let unit = try Self.unit()
        let gift = GIFTWriter(language: "en").write(unit).text
        #expect(gift.contains("::deposit::How many euro cents is the deposit on a drinks can in Latvia (2024)? {#\n\t=10:0 #Right.\n\t=%50%10:2 #Close.\n\t=%0%100:0 #That is in euros times ten.\n}"))
        #expect(gift.contains("{\n\t=paper\n\t=%50%cardboard #Cardboard goes there too, but the word is paper.\n}"))
        let xml = MoodleXMLWriter(language: "lv").write(unit).text
        #expect(xml.contains("<answer fraction=\"50\" format=\"plain_text\">\n      <text>10</text>\n      <tolerance>2</tolerance>\n      <feedback format=\"plain_text\"><text>Tuvu.</text></feedback>"))
        #expect(xml.contains("<answer fraction=\"50\" format=\"plain_text\">\n      <text>kartons</text>"))
        var empty = unit
        empty.quiz?.questions = []
        let read = GIFTReader(file: "x.gift").read(gift)
        let (questions, warnings) = MoodleImport(unit: empty, language: "en", objective: "name-streams").questions(from: read.items)
        #expect(read.problems.isEmpty && warnings.isEmpty)
        let byID = Dictionary(uniqueKeysWithValues: questions.map { ($0.id, $0) })
        guard case .numeric(let numeric) = byID["deposit"]?.body, case .short(let short) = byID["paper-word"]?.body else {
            Issue.record("kinds changed"); return
        }
        #expect(numeric.others.map(\.weight) == [0.5, 0] && numeric.others.map(\.allowedError) == [2, 0])
        #expect(numeric.feedback?["en"] == "Right." && numeric.others[1].feedback?["en"] == "That is in euros times ten.")
        #expect(short.entries(in: "en") == ["paper", AcceptedAnswer("cardboard", weight: 0.5, feedback: "Cardboard goes there too, but the word is paper.")])
        // The YAML the import appends reads back as the same answers.
        let yaml = QuestionYAML(indent: 4).write([try #require(byID["deposit"]), try #require(byID["paper-word"])])
        #expect(yaml.contains("      answers:\n        - value: 10\n          tolerance: 0\n          feedback:\n            en: Right.\n        - value: 10\n          tolerance: 2\n          weight: 0.5\n"))
        #expect(yaml.contains("      answers:\n        en: [paper, { text: cardboard, weight: 0.5, feedback: \"Cardboard goes there too, but the word is paper.\" }]\n"))
    }
}
