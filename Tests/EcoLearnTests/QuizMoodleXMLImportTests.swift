import Foundation
import Testing
@testable import EcoLearn

/// `ecolearn quiz import FILE.xml`: Moodle XML question banks as Moodle 4.x exports them, read with libxml2.
@Suite struct QuizMoodleXMLImportTests {
    /// The questions of `data` imported into the quiz test unit in English, and the problems and warnings.
    func imported(_ data: Data, file: String, into unit: LessonUnit = QuizTestUnits.unit(questions: []))
        -> (questions: [Question], problems: [MoodleProblem], warnings: [MoodleProblem], media: [MoodleXMLReader.MediaFile])
    {
        let read = MoodleXMLReader(file: file, mediaFolder: "media/\(unit.id)").read(data)
        let (questions, warnings) = MoodleImport(unit: unit, language: "en", objective: unit.objectives[0].id)
            .questions(from: read.items)
        let all = (read.skipped + warnings).sorted { ($0.line, $0.column ?? 0) < ($1.line, $1.column ?? 0) }
        return (questions, read.problems, all, read.media)
    }

    @Test func readsMoodle4XMLWithImagesAndAWarningPerLoss() throws {
        let (questions, problems, warnings, media) = imported(Data(Fixtures.bytes("moodle/moodle-4.xml")), file: "bank.xml")
        #expect(problems.isEmpty)
        #expect(warnings.map(\.description) == [
            "bank.xml:59:29: question 'Heap days': the feedback for any other answer is left out (ecolearn has no such feedback)",
            "bank.xml:100:12: question 'Heap days': the unit 'weeks' (× 0.14285714) is left out: ecolearn has one unit per question",
            "bank.xml:139:24: question 'Compost colour': the hints are left out (ecolearn quizzes have no retries)",
            "bank.xml:172:31: question 'Bins': the extra answer 'Yellow' (a distractor) is left out: ecolearn match pairs every answer",
            "bank.xml:210:25: essay 'Your heap' skipped: ecolearn quizzes have no essay kind",
            "bank.xml:220:26: question 'Drag words' of type 'ddwtos' skipped: ecolearn has no such kind",
        ])
        #expect(questions.map(\.id) == ["which-bin", "heap-days", "compost-colour", "bins", "meat"])
        #expect(questions.map(\.kind) == [.single, .numeric, .short, .match, .truefalse])
        #expect(questions.map(\.assesses) == ["compost", "compost", "compost", "compost", "compost"])
        #expect(questions.map(\.points) == [2, 1, 1, 1, 1])
        #expect(questions[0].prompt["en"] == "Which bin is for *peel*?\n\n![A brown bin with a leaf sign](media/sorting-at-home/brown-bin.png)")
        #expect(questions[0].explanation?["en"] == "Peel is bio-waste & goes in the brown bin.")
        #expect(questions[1].prompt["en"] == "How many days at least? ![TODO describe this image](media/sorting-at-home/heap.png)")
        #expect(media.map(\.path) == ["media/sorting-at-home/brown-bin.png", "media/sorting-at-home/heap.png"])
        #expect(media[0].bytes.prefix(4) == [0x89, 0x50, 0x4E, 0x47])
        guard case .single(let bin) = questions[0].body, case .numeric(let days) = questions[1].body,
            case .short(let colour) = questions[2].body, case .match(let pairs) = questions[3].body,
            case .truefalse(let meat, let onTrue, let onFalse) = questions[4].body
        else { Issue.record("unexpected kinds"); return }
        #expect(bin.map { $0.text["en"] } == ["Brown", "Blue"] && bin.map(\.correct) == [true, false])
        #expect(bin.map { $0.feedback?["en"] } == ["Yes.", "Blue is for paper."])
        #expect(days.value == 10 && days.unit?["en"] == "days" && days.others.map(\.weight) == [0.5])
        #expect(colour.entries(in: "en") == ["dark brown", AcceptedAnswer("brown", weight: 0.5, feedback: "Nearly.")])
        #expect(pairs.map { [$0.left["en"], $0.right["en"]] } == [["Peel", "Brown"], ["Newspaper", "Blue"]])
        #expect(meat == false && onTrue?["en"] == "It attracts rats." && onFalse == nil)
    }

    @Test func malformedXMLIsLocatedAndNothingIsRead() {
        let (questions, problems, _, _) = imported(Data(Fixtures.bytes("moodle/malformed.xml")), file: "malformed.xml")
        #expect(questions.isEmpty)
        #expect(problems.map(\.description) == ["malformed.xml:5:45: malformed XML: a name was expected (a lone & is written &amp;)"])
    }

    @Test func moodleXMLRoundTripsForEveryShippedUnit() throws {
        let library = Library.load(at: QuizMoodleTests.repositoryRoot)
        let units = library.units.filter { !($0.quiz?.questions.isEmpty ?? true) }
        try #require(!units.isEmpty)
        for unit in units {
            var empty = unit
            empty.quiz?.questions = []
            for language in unit.languages {
                let first = MoodleXMLWriter(language: language).write(unit).text
                let read = MoodleXMLReader(file: "x.xml", mediaFolder: "media/x").read(Data(first.utf8))
                let (questions, warnings) = MoodleImport(unit: empty, language: language, objective: unit.objectives[0].id)
                    .questions(from: read.items)
                #expect(read.problems.isEmpty && read.skipped.isEmpty && warnings.isEmpty, "\(unit.id) \(language)")
                var again = unit
                again.quiz?.questions = questions
                #expect(MoodleXMLWriter(language: language).write(again).text == first, "\(unit.id) in \(language)")
            }
        }
    }

    @Test func theCommandSavesImagesAndQuestionsOrNothingAtAll() throws {
        let workspace = try TemporaryWorkspace(copying: "quiz-workspace")
        let unitFile = "lessons/waste/sorting-at-home.yaml"
        let before = workspace.contents(unitFile)
        let broken = try CLI.run(["quiz", "import", Fixtures.url("moodle/malformed.xml").path, "--into", "sorting-at-home", "--library", workspace.root.path])
        #expect(broken.status != 0)
        #expect(broken.stderr.contains("malformed.xml:5:45: malformed XML: a name was expected"))
        #expect(workspace.contents(unitFile) == before)
        let good = try CLI.run(["quiz", "import", Fixtures.url("moodle/moodle-4.xml").path, "--into", "sorting-at-home", "--library", workspace.root.path])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains("saved 2 image(s): media/sorting-at-home/brown-bin.png, media/sorting-at-home/heap.png"))
        #expect(good.stdout.contains("added 5 question(s) to lessons/waste/sorting-at-home.yaml: which-bin, heap-days, compost-colour, bins-2, meat"))
        #expect(workspace.contents("media/sorting-at-home/heap.png").map { [UInt8]($0.prefix(4)) } == [0x89, 0x50, 0x4E, 0x47])
        let check = try CLI.run(["check", "--library", workspace.root.path])
        #expect(check.stdout.contains("placeholder text still to fill in") || check.stderr.contains("placeholder text still to fill in"))
    }
}
