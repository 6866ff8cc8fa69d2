import Foundation
import Testing

/// Runs the built `ecolearn` binary the way a trainer does, with answers piped in.
@Suite struct QuizCommandTests {
    func ecolearn(_ arguments: [String], input: String = "") throws -> CLI.Result {
        try CLI.run(arguments + ["--library", QuizFixtures.workspace.path], input: input)
    }

    @Test func savingForAnEventWithoutTheLessonIsRefusedUnlessAsked() throws {
        let db = FileManager.default.temporaryDirectory.appendingPathComponent("quiz-save-\(UUID()).sqlite").path
        let add = try ecolearn(["events", "add", "--db", db, "--code", "E1", "--date", "2019-05-01", "--town", "Amasya",
                                "--country", "Türkiye", "--kind", "lesson", "--title", "x", "--audience", "school"])
        #expect(add.status == 0, "\(add.stderr)")
        let answers = QuizFixtures.root.appendingPathComponent("quiz-answers/pre.csv").path
        let score = ["quiz", "score", "sorting-at-home", answers, "--save", "--event", "E1", "--phase", "pre", "--db", db]
        let refused = try ecolearn(score)
        #expect(refused.status == 1)
        #expect(refused.stdout == "")
        #expect(refused.stderr == """
            error: event 'E1' does not list the lesson unit 'sorting-at-home' (it lists no lessons); quiz results are \
            stored only for a lesson the event used. Nothing was saved.
            hint: if the quiz was taken at this event, add --add-lesson to record the unit as one of its lessons

            """)
        let added = try ecolearn(score + ["--add-lesson"])
        #expect(added.status == 0)
        #expect(added.stderr == "saved 6 pre-test results for event E1\n")
        let again = try ecolearn(score)
        #expect(again.status == 0)
        #expect(again.stderr == "saved 6 pre-test results for event E1 (6 in place of earlier ones)\n")
        let shown = try ecolearn(["events", "show", "E1", "--db", db])
        #expect(shown.stdout.contains("lessons:      sorting-at-home\n"))
        #expect(shown.stdout.contains("quiz results: 6\n"))
    }

    @Test func exportsAndSavedResultsNeverReplaceTheDatabase() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quiz-out-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = folder.appendingPathComponent("t.db")
        try Data("not really a database".utf8).write(to: database)
        let environment = ["ECOLEARN_DB": database.path]
        let export = try CLI.run(
            ["quiz", "export", "sorting-at-home", "--format", "gift", "-o", folder.path + "/./t.db-wal", "--library", QuizFixtures.workspace.path],
            environment: environment)
        #expect(export.status == 1)
        #expect(export.stderr.hasSuffix("Error: \(folder.path)/./t.db-wal: refusing to write there: it is the participation database \(database.path)-wal; choose another file name (nothing was written)\n"))
        let run = try CLI.run(
            ["quiz", "run", "sorting-at-home", "--seed", "V-2024", "--save", database.path, "--library", QuizFixtures.workspace.path],
            input: String(repeating: "\n", count: 40), environment: environment)
        #expect(run.status == 1)
        #expect(try String(contentsOf: database, encoding: .utf8) == "not really a database")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["t.db"])
    }

    @Test func runWithPipedAnswersSavesTheResult() throws {
        let save = FileManager.default.temporaryDirectory.appendingPathComponent("quiz-run-\(UUID()).json")
        defer { try? FileManager.default.removeItem(at: save) }
        let output = try ecolearn(
            ["quiz", "run", "sorting-at-home", "--seed", "V-2024", "--lang", "lv", "--save", save.path],
            input: "CAB\nF\n10\nCBAD\nBD\nA\nBBCA\nkomposts\n")
        #expect(output.status == 0)
        #expect(output.stdout.hasSuffix("Rezultāts: 9 no 9 punktiem (100%): NOKĀRTOTS (nokārtošanai vajag 60%)\n"))
        let saved = try String(contentsOf: save, encoding: .utf8)
        #expect(saved.contains("\"variantCode\" : \"V-2024\""))
        #expect(saved.contains("\"total\" : 9"))
    }

    @Test func runRejectsABadCount() throws {
        let output = try ecolearn(["quiz", "run", "sorting-at-home", "--count", "9"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("--count: expected 1 to 8 (the questions in sorting-at-home), found 9"))
    }

    @Test func scoreFailsOnBadCellsAndScoresNothing() throws {
        let csv = QuizFixtures.root.appendingPathComponent("quiz-answers/paper-bad-cells.csv").path
        let output = try ecolearn(["quiz", "score", "sorting-at-home", csv])
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.contains("paper-bad-cells.csv:3: column 'glass-jar': expected one letter A-D, found 'Z'\n"))
    }

    @Test func scorePrintsATable() throws {
        let csv = QuizFixtures.root.appendingPathComponent("quiz-answers/paper-file-order.csv").path
        let output = try ecolearn(["quiz", "score", "sorting-at-home", csv])
        #expect(output.status == 0)
        #expect(output.stdout.contains("bob         3.33    9    37.0     fail\n"))
        #expect(output.stdout.hasSuffix("mean 68.5%, passed 2 of 3\n"))
    }
}

extension QuizCommandTests {
    @Test func gainOfThePrePostFixtures() throws {
        let answers = QuizFixtures.root.appendingPathComponent("quiz-answers")
        let output = try ecolearn([
            "quiz", "gain", "sorting-at-home", answers.appendingPathComponent("pre.csv").path,
            answers.appendingPathComponent("post.csv").path,
        ])
        #expect(output.status == 0)
        #expect(output.stdout.contains("(unit)        0.46      0.84       +0.38      +0.70\n"))
        // Each question of an objective counts once (the 2-point `bins` weighs as much as any other).
        #expect(output.stdout.contains("name-streams  0.46      0.85       +0.40      +0.73\n"))
        #expect(output.stdout.contains("compost       0.33      0.67       +0.33      +0.50\n"))
    }

    @Test func analyseFlagsAndUnusedDistractors() throws {
        let post = QuizFixtures.root.appendingPathComponent("quiz-answers/post.csv").path
        let output = try ecolearn(["quiz", "analyse", "sorting-at-home", post])
        #expect(output.status == 0)
        #expect(output.stdout.contains(
            "glass-jar     single     6         0.83      0.50                  B Mixed waste; D Bio-waste\n"))
        #expect(output.stdout.contains("deposit       numeric    6         1.00      0.00            easy\n"))
    }
}
