import Foundation
import Testing
@testable import EcoLearn

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct QuizMoodleTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `unit` with its quiz replaced by the questions read back from `gift`.
    func reimported(_ gift: String, into unit: LessonUnit, language: String) -> (LessonUnit, [MoodleProblem]) {
        var empty = unit
        empty.quiz?.questions = []
        let read = GIFTReader(file: "x.gift").read(gift)
        let (questions, warnings) = MoodleImport(unit: empty, language: language, objective: unit.objectives[0].id)
            .questions(from: read.items)
        var result = unit
        result.quiz?.questions = questions
        return (result, read.problems + read.skipped + warnings)
    }

    /// The questions of `gift` imported into the quiz test unit in English, and the problems and warnings.
    func imported(_ gift: String, file: String = "m.gift") -> (questions: [Question], problems: [MoodleProblem], warnings: [MoodleProblem]) {
        let read = GIFTReader(file: file).read(gift)
        let (questions, warnings) = MoodleImport(unit: QuizTestUnits.unit(questions: []), language: "en", objective: "name-streams")
            .questions(from: read.items)
        return (questions, read.problems, read.skipped + warnings)
    }

    @Test func escapesGIFTSpecialCharacters() {
        #expect(GIFTWriter.escape("a~b=c#d{e}f:g\\h\ni") == "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni")
        #expect(GIFTScanner.unescape("a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni") == "a~b=c#d{e}f:g\\h\ni")
        #expect(GIFTWriter.percent(-1.0 / 3) == "%-33.33333%")
        #expect(GIFTWriter.percent(0.5) == "%50%")
    }

    @Test func writesTheFixtureUnitAsGIFT() throws {
        let (text, warnings) = GIFTWriter(language: "en").write(try QuizFixtures.unit())
        #expect(text.contains("$CATEGORY: ecolearn/sorting-at-home/name-streams\n\n::glass-jar::Where does an empty glass jar go? {\n\t=Green glass container\n\t~Mixed waste #Glass can be melted again and again.\n"))
        #expect(text.contains("::recyclables::Which of these can be recycled? {\n\t~%50%Newspaper\n\t~%50%Tin can\n\t~%-50%Used tissue\n\t~%-50%Nappy\n}\n"))
        #expect(text.contains("::lids-off::Metal lids go into the glass container with the jar. {FALSE}\n"))
        #expect(text.contains("::deposit::How many euro cents is the deposit on a drinks can in Latvia? {#10:0}\n"))
        #expect(text.contains("\t=Jam jar -> Glass\n"))
        #expect(!text.contains("hierarchy"))
        #expect(warnings.contains("question 'hierarchy' (order) left out: GIFT has no ordering kind (hint: export as Moodle XML)"))
        #expect(warnings.contains("question 'bins' (sort) written as matching: each item -> its category"))
    }

    @Test func readsMoodleDocumentationExamples() {
        let gift = """
            // true/false
            ::Q1:: 1+1=2 {T}

            ::Q2:: What's between orange and green in the spectrum?
            { =yellow # right; good! ~red # wrong, it's yellow ~blue # wrong, it's yellow }

            ::Q3:: Two plus {=two =2} equals four.

            ::Q4:: Which animal eats which food? { =cat -> cat food =dog -> dog food }

            ::Q5:: What is a number from 1 to 5? {#3:2}

            ::Q6:: What is a number from 1 to 5? {#1..5}

            What two people are entombed in Grant's tomb? {
               ~%-100%No one
               ~%50%Grant
               ~%50%Grant's wife
               ~%-100%Grant's father
            }

            Grant is buried in Grant's tomb.{FALSE#No one is buried there.}
            """
        let read = GIFTReader(file: "doc.gift").read(gift)
        let items = read.items
        #expect(read.problems.isEmpty)
        #expect(items.map(\.name) == ["Q1", "Q2", "Q3", "Q4", "Q5", "Q6", nil, nil])
        #expect(items.map(\.mark.line) == [2, 4, 7, 9, 11, 13, 15, 22])
        #expect(items[2].prompt == "Two plus _____ equals four.")
        let questions = imported(gift, file: "doc.gift").questions
        #expect(questions.map(\.id) == ["q1", "q2", "q3", "q4", "q5", "q6", "what-two-people-are", "grant-is-buried-in"])
        #expect(questions.map(\.kind) == [.truefalse, .single, .short, .match, .numeric, .numeric, .multiple, .truefalse])
        guard case .single(let options) = questions[1].body, case .numeric(let range) = questions[5].body,
            case .multiple(let several, _) = questions[6].body, case .truefalse(false, let onTrue, _) = questions[7].body
        else { Issue.record("unexpected kinds"); return }
        #expect(options.map(\.correct) == [true, false, false])
        #expect(options[0].feedback?["en"] == "right; good!")
        #expect(range.value == 3 && range.tolerance == 2)
        #expect(several.map(\.correct) == [false, true, true, false])
        #expect(several.map(\.weight) == [-1, nil, nil, -1])
        #expect(onTrue?["en"] == "No one is buried there.")
    }

    @Test func reportsBadBlocksWithTheirLine() {
        let gift = "::ok:: Fine {T}\n\n::bad:: Oops {=a\n\n::num:: N {#ten}\n\n::w:: W {~%--5%a =b}\n"
        let read = GIFTReader(file: "b.gift").read(gift)
        #expect(read.items.count == 1)
        #expect(read.problems.map(\.description) == [
            "b.gift:3: the answer part opened with { is never closed with }",
            "b.gift:5: a numeric answer is written {#value} or {#value:tolerance}, found 'ten'",
            "b.gift:7: the weight '%--5%' is not a number",
        ])
    }

    @Test func readsWeightsAndKindsAsMoodleDoes() throws {
        let gift = """
            ::right-percent::How much? {=%30 ~%0%%10 ~%20}

            ::no-equals::Shares? {~%100%60% ~%0%28% ~12%}

            ::word::Say it {true}

            ::tf::Say it {TRUE}

            ::loose::Odd weight {~%x%a =b}
            """
        let (questions, problems, _) = imported(gift)
        #expect(problems.isEmpty)
        #expect(questions.map(\.kind) == [.single, .multiple, .short, .truefalse, .single])
        guard case .single(let percent) = questions[0].body, case .multiple(let shares, _) = questions[1].body,
            case .short(let word) = questions[2].body, case .single(let loose) = questions[4].body
        else { Issue.record("unexpected kinds"); return }
        #expect(percent.map { $0.text["en"] } == ["%30", "%10", "%20"])
        #expect(percent.map(\.correct) == [true, false, false])
        #expect(shares.map { $0.text["en"] } == ["60%", "28%", "12%"])
        #expect(shares.map(\.correct) == [true, false, false])
        #expect(word.answers(in: "en") == ["true"])
        #expect(loose.map { $0.text["en"] } == ["%x%a", "b"])
    }

    @Test func readsGIFTAsMoodle4ExportsIt() throws {
        let (questions, problems, warnings) = imported(Fixtures.text("moodle/moodle-4.gift"), file: "moodle-4.gift")
        #expect(problems.map(\.description) == [
            "moodle-4.gift:46: the HTML <table> cannot be imported: lesson text allows no raw HTML (hint: rewrite it as Markdown in the Moodle question, or remove it)",
        ])
        #expect(warnings.map(\.description) == [
            "moodle-4.gift:33: essay 'Essay' skipped: ecolearn quizzes have no essay kind",
            "moodle-4.gift:36: description 'Intro' skipped: ecolearn quizzes hold questions only",
            "moodle-4.gift:26: question 'Days': the feedback for any other answer is left out (ecolearn has no such feedback)",
        ])
        #expect(questions.map(\.id) == ["peel", "share", "compost-colour", "days", "steps"])
        #expect(questions.map(\.assesses) == ["compost", "compost", "compost", "compost", "compost"])
        #expect(questions.map(\.kind) == [.single, .single, .short, .numeric, .multiple])
        #expect(questions[0].prompt["en"] == "Where does **potato peel** go?")
        #expect(questions[0].explanation?["en"] == "See [the bio-waste guide](https://example.org/bio).")
        guard case .single(let peel) = questions[0].body, case .single(let share) = questions[1].body,
            case .short(let colour) = questions[2].body, case .numeric(let days) = questions[3].body,
            case .multiple(let steps, _) = questions[4].body
        else { Issue.record("unexpected kinds"); return }
        #expect(peel.map { $0.text["en"] } == ["Bio-waste", "Glass"])
        #expect(peel.map { $0.feedback?["en"] } == ["Yes, it & other peel rot.", "No:\nglass is melted."])
        #expect(share.map { $0.text["en"] } == ["%30", "%20"] && share.map(\.correct) == [true, false])
        #expect(colour.entries(in: "en") == [AcceptedAnswer("dark brown", feedback: "Right."), AcceptedAnswer("brown", weight: 0.5, feedback: "Nearly: *dark* brown.")])
        #expect(days.value == 10 && days.tolerance == 0 && days.feedback?["en"] == "Right.")
        #expect(days.others.map(\.tolerance) == [2] && days.others.map(\.weight) == [0.5])
        #expect(steps.map { $0.text["en"] } == ["- Turn it\n- Keep it moist", "Add leaves", "Add meat"])
        #expect(steps.map(\.weight) == [nil, nil, nil] && steps.map(\.correct) == [true, true, false])
    }

    @Test func giftWritesTheRightSingleAnswerWithEqualsEvenWhenItStartsWithPercent() {
        let question = QuizTestUnits.question("share", .single(options: [
            QuizTestUnits.option("%30", correct: true), QuizTestUnits.option("%10%"), QuizTestUnits.option("%20", weight: 0.5),
        ]))
        let text = GIFTWriter(language: "en").write(QuizTestUnits.unit(questions: [question])).text
        #expect(text.contains("::share::Prompt of share {\n\t=%30\n\t~%0%%10%\n\t~%50%%20\n\t####Because share.\n}"))
        let short = QuizTestUnits.question("pct", .short(answers: AcceptedAnswers(byLanguage: ["en": ["%5%", "%5"]], languages: ["en"], mark: QuizTestUnits.mark)))
        #expect(GIFTWriter(language: "en").write(QuizTestUnits.unit(questions: [short])).text.contains("{\n\t=%100%%5%\n\t=%5\n\t####Because pct.\n}"))
    }

    @Test func textsThatMoodleWouldReadAsAWeightAreThoseOfItsPattern() {
        let weights = ["%50%", "%50%x", "%-33.33333%y", "%--5%", "%123%", "%1.%", "%12.5%\nmore"]
        let texts = ["50%", "%%", "%5", "%-%", "%123.5%", "%5.x%", "%5 %", "x%5%", "%５%"]
        #expect(weights.filter { !GIFTWriter.startsLikeWeight($0) } == [])
        #expect(texts.filter(GIFTWriter.startsLikeWeight) == [])
    }

    @Test func exportsWarnAboutWhatMoodleWouldNotReadAsMeant() {
        let question = QuizTestUnits.question("odd", .multiple(options: [
            QuizTestUnits.option("a", correct: true, weight: 1), QuizTestUnits.option("b", weight: -0.35), QuizTestUnits.option("c"),
        ], allOrNothing: false))
        let pairs = QuizTestUnits.question("arrow", .match(pairs: [
            MatchPair(left: QuizTestUnits.text("in -> out"), right: QuizTestUnits.text("x"), mark: QuizTestUnits.mark),
            MatchPair(left: QuizTestUnits.text("b"), right: QuizTestUnits.text("y"), mark: QuizTestUnits.mark),
        ]))
        let unit = QuizTestUnits.unit(questions: [question, pairs])
        let weight = "question 'odd': option 2 is worth -35 %, which is not a grade Moodle accepts; Moodle's import rejects the whole question (hint: the nearest grade Moodle accepts is -33.33333 %)"
        let arrow = "question 'arrow': the left side 'in -> out' contains '->', which GIFT cannot escape: Moodle splits the pair at the first '->' (hint: reword without '->', or export as Moodle XML)"
        #expect(GIFTWriter(language: "en").write(unit).warnings == [weight, arrow])
        #expect(MoodleXMLWriter(language: "en").write(unit).warnings == [weight])
    }

    @Test func moodleGradesAreMoodlesList() {
        #expect(MoodleGrades.accepts(-1.0 / 3) && MoodleGrades.accepts(1.0 / 7) && MoodleGrades.accepts(0.05))
        #expect(!MoodleGrades.accepts(1.0 / 11) && !MoodleGrades.accepts(-0.35))
        #expect(MoodleGrades.nearest(to: 1.0 / 11) == 0.1)
        #expect(MoodleGrades.all.count == 41)
    }

    @Test func moodleXMLPutsMarkupInCDATAAndSplitsItsEnd() throws {
        let question = QuizTestUnits.question("quote", .single(options: [
            QuizTestUnits.option("\"fotoğraf yok\" çıkartması & ]]> sonra", correct: true), QuizTestUnits.option("plain"),
        ]))
        let text = MoodleXMLWriter(language: "en").write(QuizTestUnits.unit(questions: [question])).text
        #expect(text.contains("<text><![CDATA[\"fotoğraf yok\" çıkartması & ]]]]><![CDATA[> sonra]]></text>"))
        #expect(text.contains("<text>plain</text>"))
        let document = try XMLDocument(data: Data(text.utf8))
        let answers = try document.nodes(forXPath: "/quiz/question[name/text='quote']/answer/text").compactMap(\.stringValue)
        #expect(answers == ["\"fotoğraf yok\" çıkartması & ]]> sonra", "plain"])
    }

    @Test func giftRoundTripsForTheFixtureInEveryLanguage() throws {
        let unit = try QuizFixtures.unit()
        for language in unit.languages {
            let first = GIFTWriter(language: language).write(unit).text
            let (again, problems) = reimported(first, into: unit, language: language)
            #expect(problems.isEmpty)
            #expect(GIFTWriter(language: language).write(again).text == first)
        }
    }

    @Test func giftRoundTripsForEveryShippedUnit() throws {
        let library = Library.load(at: Self.repositoryRoot)
        let units = library.units.filter { !($0.quiz?.questions.isEmpty ?? true) }
        try #require(!units.isEmpty, "no shipped units with quizzes under lessons/")
        for unit in units {
            for language in unit.languages {
                let first = GIFTWriter(language: language).write(unit).text
                let (again, problems) = reimported(first, into: unit, language: language)
                #expect(problems.isEmpty, "\(unit.id) \(language): \(problems)")
                #expect(GIFTWriter(language: language).write(again).text == first, "\(unit.id) in \(language)")
            }
        }
    }

    @Test func importAppendsEditableYAMLAndKeepsTheRestByteIdentical() throws {
        let file = QuizFixtures.workspace.appendingPathComponent("lessons/waste/sorting-at-home.yaml")
        let source = [UInt8](try Data(contentsOf: file))
        let unit = try QuizFixtures.unit()
        let gift = "$CATEGORY: x/compost\n\n::Peel\\: where?::Where does peel go? {=Bio-waste #Yes ~%-50%Glass}\n"
        let result = try QuizInterchange.importGIFT(
            gift, file: "bank.gift", into: unit, source: source, language: "en", objective: "name-streams")
        #expect(result.problems.isEmpty)
        let text = String(decoding: result.bytes, as: UTF8.self)
        let original = String(decoding: source, as: UTF8.self)
        let added = """
                - id: peel-where
                  kind: single
                  assesses: compost
                  prompt:
                    en: Where does peel go?
                  options:
                    - text:
                        en: Bio-waste
                      correct: true
                      feedback:
                        en: "Yes"
                    - text:
                        en: Glass
                      weight: -0.5

            """
        let insertAt = original.range(of: "sources:\n")!.lowerBound
        #expect(text == String(original[..<insertAt]) + added + String(original[insertAt...]))
        // The lesson loader reads the new question back.
        let (decoded, _) = Library.decode(result.bytes, file: "lessons/waste/sorting-at-home.yaml", validator: Validator(mediaFiles: []))
        #expect(decoded?.quiz?.question("peel-where")?.kind == .single)
        #expect(decoded?.quiz?.questions.count == 9)
    }

    @Test func importIntoAUnitWithoutAQuizAddsOne() throws {
        let source = Array("id: x\ntitle: X".utf8)
        let question = QuizTestUnits.allKinds[2]
        let bytes = try QuizFileEditor.append([question], to: source, file: "x.yaml")
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("id: x\ntitle: X\nquiz:\n  questions:\n    - id: lids-off\n      kind: truefalse\n"))
    }

    @Test func yamlScalarsAreQuotedWhenNeeded() {
        #expect(QuestionYAML.scalar("Glass") == "Glass")
        #expect(QuestionYAML.scalar("no") == "\"no\"")
        #expect(QuestionYAML.scalar("10") == "\"10\"")
        #expect(QuestionYAML.scalar("a: b") == "\"a: b\"")
        #expect(QuestionYAML.scalar("- x") == "\"- x\"")
        #expect(QuestionYAML.scalar("say \"hi\"\n") == "\"say \\\"hi\\\"\\n\"")
        #expect(QuestionYAML.scalar("a, b", inFlow: true) == "\"a, b\"")
    }

    @Test func moodleXMLIsWellFormedAndHasEveryKind() throws {
        let (text, _) = MoodleXMLWriter(language: "lv").write(try QuizFixtures.unit())
        let document = try XMLDocument(data: Data(text.utf8))
        let types = try document.nodes(forXPath: "/quiz/question/@type").compactMap(\.stringValue)
        #expect(types == ["category", "multichoice", "multichoice", "truefalse", "numerical", "category", "shortanswer",
                          "category", "ordering", "matching", "matching"])
        let order = try document.nodes(forXPath: "/quiz/question[@type='ordering']/answer/text").compactMap(\.stringValue)
        #expect(order == ["Novērst", "Izmantot atkārtoti", "Pārstrādāt", "Apglabāt"])
        let grading = try document.nodes(forXPath: "/quiz/question[@type='ordering']/gradingtype").first?.stringValue
        #expect(grading == "ABSOLUTE_POSITION")
        let fractions = try document.nodes(forXPath: "/quiz/question[name/text='recyclables']/answer/@fraction").compactMap(\.stringValue)
        #expect(fractions == ["50", "50", "-50", "-50"])
        #expect(try document.nodes(forXPath: "/quiz/question[name/text='bins']/defaultgrade").first?.stringValue == "2")
    }
}
