import Foundation
@testable import EcoLearn

/// Lesson units built in code for the quiz tests.
enum QuizTestUnits {
    static let mark = SourceMark(file: "test.yaml", line: 0, column: 0)

    static func text(_ en: String, _ lv: String? = nil, _ tr: String? = nil) -> LocalizedText {
        LocalizedText(["en": en, "lv": lv ?? en, "tr": tr ?? en])
    }

    static func option(_ en: String, correct: Bool = false, weight: Double? = nil, feedback: String? = nil)
        -> ChoiceOption
    {
        ChoiceOption(text: text(en), correct: correct, weight: weight, feedback: feedback.map { text($0) }, mark: mark)
    }

    static func question(_ id: String, _ body: QuestionBody, points: Double = 1, assesses: String = "name-streams")
        -> Question
    {
        Question(
            id: id, prompt: text("Prompt of \(id)"), assesses: assesses, points: points,
            explanation: text("Because \(id)."), body: body, mark: mark)
    }

    /// One question of every kind, in the order single, multiple, truefalse, numeric, short, order, match, sort.
    static let allKinds: [Question] = [
        question(
            "glass-jar",
            .single(options: [
                option("Green glass container", correct: true),
                option("Mixed waste", feedback: "Glass can be melted again and again"),
                option("Paper container"),
                option("Bio-waste"),
            ])),
        question(
            "recyclables",
            .multiple(
                options: [
                    option("Newspaper", correct: true),
                    option("Tin can", correct: true),
                    option("Used tissue"),
                    option("Nappy"),
                ], allOrNothing: false)),
        question("lids-off", .truefalse(answer: false, feedbackTrue: nil, feedbackFalse: nil)),
        question("deposit", .numeric(NumericAnswer(value: 10, tolerance: 0, unit: text("cents")))),
        question(
            "compost-word",
            .short(
                answers: AcceptedAnswers(
                    byLanguage: ["en": ["compost"], "lv": ["komposts"], "tr": ["kompost", "ISLAK ÇÖP"]],
                    languages: ["en", "lv", "tr"], mark: mark)),
            assesses: "compost"),
        question("hierarchy", .order(items: [text("Prevent"), text("Reuse"), text("Recycle"), text("Dispose")])),
        question(
            "symbols",
            .match(pairs: [
                MatchPair(left: text("Möbius loop"), right: text("Recyclable"), mark: mark),
                MatchPair(left: text("Crossed-out bin"), right: text("Not in household waste"), mark: mark),
                MatchPair(left: text("Green dot"), right: text("Producer pays"), mark: mark),
            ])),
        question(
            "bins",
            .sort(
                categories: [
                    SortCategory(id: "glass", text: text("Glass", "Stikls", "Cam"), mark: mark),
                    SortCategory(id: "bio", text: text("Bio-waste", "Bioatkritumi", "Organik atık"), mark: mark),
                    SortCategory(id: "paper", text: text("Paper"), mark: mark),
                ],
                items: [
                    SortItem(text: text("Jam jar"), category: "glass", mark: mark),
                    SortItem(text: text("Apple core"), category: "bio", mark: mark),
                    SortItem(text: text("Egg box"), category: "paper", mark: mark),
                    SortItem(text: text("Tea leaves"), category: "bio", mark: mark),
                ]), points: 2),
    ]

    static func unit(id: String = "sorting-at-home", version: Int = 3, questions: [Question] = allKinds,
                     passPercent: Double = 60) -> LessonUnit
    {
        LessonUnit(
            id: id, version: version, title: text("Sorting waste at home"), summary: text("Summary"),
            languages: ["en", "lv", "tr"], topics: ["sorting"], audiences: [.school], minutes: 45,
            objectives: [
                Objective(id: "name-streams", text: text("Name the streams"), mark: mark),
                Objective(id: "compost", text: text("Explain compost"), mark: mark),
            ],
            activities: [], quiz: Quiz(passPercent: passPercent, questions: questions, mark: mark), sources: [],
            license: "CC-BY-4.0", file: "lessons/waste/\(id).yaml")
    }
}

/// The quiz fixtures on disk.
enum QuizFixtures {
    static let root = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
    static let workspace = root.appendingPathComponent("quiz-workspace")

    /// The sorting-at-home unit as the lesson loader reads it from the fixture workspace.
    static func unit() throws -> LessonUnit {
        let library = Library.load(at: workspace)
        guard let unit = library.unit("sorting-at-home") else {
            throw FixtureError(message: library.diagnostics.map(\.summaryLine).joined(separator: "\n"))
        }
        return unit
    }

    static func answers(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: root.appendingPathComponent("quiz-answers/\(name)")))
    }

    struct FixtureError: Error {
        var message: String
    }
}
