import Foundation
import Testing
@testable import EcoLearn

@Suite struct LessonDecoderTests {
    private func decode(_ yaml: String) -> LessonUnit? {
        Library.decode(Array(yaml.utf8), file: "lessons/waste/sorting-at-home.yaml",
                       validator: Validator(mediaFiles: ["media/bins.svg"])).unit
    }

    @Test func theSampleUnitDecodesCompletely() throws {
        #expect(Fixtures.check(Fixtures.validUnit) == [])
        let unit = try #require(decode(Fixtures.validUnit))
        #expect(unit.id == "sorting-at-home")
        #expect(unit.version == 3)
        #expect(unit.title["lv"] == "Atkritumu šķirošana mājās")
        #expect(unit.languages == ["en", "lv"])
        #expect(unit.translations == ["lv": .reviewed])
        #expect(unit.audiences == [.school, .public])
        #expect(unit.ages == AgeRange(lower: 10, upper: 14))
        #expect(unit.objectives.map(\.id) == ["name-streams", "sort-items"])
        #expect(unit.materials[0]["en"] == "Four boxes labelled paper, glass, packaging, bio-waste")
        let activity = try #require(unit.activities.first)
        #expect(activity.kind == .game)
        #expect(activity.steps["en"] == "1. Put the four boxes at one end of the room.\n2. Teams run with one item each and drop it in a box.\n")
        #expect(activity.media.map(\.path) == ["media/bins.svg"])
        #expect(activity.media[0].alt["lv"] == "Divi konteineri")
        #expect(activity.teacherNotes?["en"] == "Check the boxes together at the end.")
        #expect(activity.worksheet?["en"]?.hasPrefix("| Item | Container |") == true)
        #expect(unit.sources.map(\.year) == [2008])
        #expect(unit.authors == ["Daugavpils City Council", "Environment Department"])
    }

    @Test func everyQuestionKindKeepsItsData() throws {
        let quiz = try #require(decode(Fixtures.validUnit)?.quiz)
        #expect(quiz.passPercent == 60)
        #expect(quiz.questions.map(\.kind) == [.single, .multiple, .truefalse, .numeric, .short, .order, .match, .sort])
        guard case .single(let options) = quiz.questions[0].body else { Issue.record("single"); return }
        #expect(options.map(\.correct) == [true, false])
        #expect(options[1].feedback?["en"] == "Glass can be melted again and again")
        guard case .multiple(let many, let strict) = quiz.questions[1].body else { Issue.record("multiple"); return }
        #expect(many.filter(\.correct).count == 2 && strict == false)
        guard case .truefalse(let answer, let feedbackTrue, nil) = quiz.questions[2].body else { Issue.record("tf"); return }
        #expect(answer == false && feedbackTrue?["lv"] == "Vispirms noņemiet vāciņu")
        guard case .numeric(let numeric) = quiz.questions[3].body else { Issue.record("numeric"); return }
        #expect(numeric == NumericAnswer(value: 10, tolerance: 0, unit: numeric.unit))
        guard case .short(let accepted) = quiz.questions[4].body else { Issue.record("short"); return }
        #expect(accepted.answers(in: "lv") == ["papīrs", "kartons"])
        guard case .order(let items) = quiz.questions[5].body else { Issue.record("order"); return }
        #expect(items.map { $0["en"] } == ["Empty the jar", "Take off the lid", "Put it in the glass container"])
        guard case .match(let pairs) = quiz.questions[6].body else { Issue.record("match"); return }
        #expect(pairs.map { $0.right["en"] } == ["Paper", "Glass"])
        guard case .sort(let categories, let sortItems) = quiz.questions[7].body else { Issue.record("sort"); return }
        #expect(categories.map(\.id) == ["glass", "bio"])
        #expect(sortItems.map(\.category) == ["glass", "bio"])
        #expect(quiz.questions[7].points == 2)
    }

    @Test func wordsThatYAML11TakesForBooleansStayText() throws {
        let yaml = Fixtures.mutated("  - en: Read the label on the container\n    lv: Izlasiet uzlīmi uz konteinera",
                                    "  - en: no\n    lv: on")
        let unit = try #require(decode(yaml))
        #expect(unit.keyPoints[0]["en"] == "no")
        #expect(unit.keyPoints[0]["lv"] == "on")
        #expect(Fixtures.check(yaml) == [])
    }

    @Test func aYearWhereTextIsExpectedStaysText() throws {
        let unit = try #require(decode(Fixtures.mutated("title:\n  en: Sorting waste at home", "title:\n  en: 2019")))
        #expect(unit.title["en"] == "2019")
    }

    @Test func unknownKeyGetsDidYouMean() {
        #expect(Fixtures.check(Fixtures.mutated("objectives:\n", "objetives:\n")) == [
            "lessons/waste/sorting-at-home.yaml:1:1: error: missing required field 'objectives' (hint: every lesson unit has it; see docs/AUTHORING.md)",
            "lessons/waste/sorting-at-home.yaml:15:1: error: unknown key 'objetives' (hint: did you mean 'objectives'?)",
        ])
    }

    @Test func unknownNestedKeyNamesItsPath() {
        #expect(Fixtures.check(Fixtures.mutated("    teacher_notes:", "    teacher_note:")) == [
            "lessons/waste/sorting-at-home.yaml:43:5: error: activities[0]: unknown key 'teacher_note' (hint: did you mean 'teacher_notes'?)"
        ])
    }

    @Test func missingRequiredFieldsAreListedOnce() {
        #expect(Fixtures.check("id: sorting-at-home\n") == [
            "lessons/waste/sorting-at-home.yaml:1:1: error: missing required fields: title, summary, languages, topics, audiences, minutes, objectives, activities, sources, license (hint: every lesson unit has them; `ecolearn lessons new ID` writes a skeleton)"
        ])
    }

    @Test func wrongTypesNameTheFieldPathAndPlace() {
        #expect(Fixtures.check(Fixtures.mutated("minutes: 45", "minutes: forty")) == [
            "lessons/waste/sorting-at-home.yaml:14:10: error: minutes: expected a whole number, found text 'forty'"
        ])
        #expect(Fixtures.check(Fixtures.mutated("    minutes: 15", "    minutes: [15]")) == [
            "lessons/waste/sorting-at-home.yaml:31:14: error: activities[0].minutes: expected a whole number, found a list"
        ])
        #expect(Fixtures.check(Fixtures.mutated("          correct: true\n        - text: { en: Mixed", "          correct: yes\n        - text: { en: Mixed")) == [
            "lessons/waste/sorting-at-home.yaml:63:9: error: quiz.questions[0].options: a single question needs exactly one correct option, found 0 (hint: mark the right option with correct: true)",
            "lessons/waste/sorting-at-home.yaml:64:20: error: quiz.questions[0].options[0].correct: expected true or false, found text 'yes'",
        ])
    }

    @Test func emptyTextIsAnError() {
        #expect(Fixtures.check(Fixtures.mutated("  lv: Atkritumu šķirošana mājās", "  lv:")) == [
            "lessons/waste/sorting-at-home.yaml:5:6: error: title.lv: expected text, found nothing (hint: write the text after the colon)",
            "lessons/waste/sorting-at-home.yaml:5:6: error: title.lv: missing the 'lv' text (hint: every text needs all of: en, lv)",
        ])
    }

    @Test func aFieldOfAnotherKindIsNamed() {
        #expect(Fixtures.check(Fixtures.mutated("      answer: false\n", "      answer: false\n      tolerance: 1\n")) == [
            "lessons/waste/sorting-at-home.yaml:84:18: error: quiz.questions[2].tolerance: 'tolerance' is not a field of a truefalse question (hint: a truefalse question has: answer, feedback_true, feedback_false)"
        ])
    }

    @Test func unknownChoiceWordsSuggestTheNearest() {
        #expect(Fixtures.check(Fixtures.mutated("kind: game", "kind: gmae")) == [
            "lessons/waste/sorting-at-home.yaml:32:11: error: activities[0].kind: 'gmae' is not one of game | discussion | demonstration | experiment | fieldwork | worksheet (hint: did you mean 'game'?)"
        ])
        #expect(Fixtures.check(Fixtures.mutated("audiences: [school, public]", "audiences: [school, pubic]")) == [
            "lessons/waste/sorting-at-home.yaml:12:21: error: audiences[1]: 'pubic' is not one of school | ngo | municipal | public (hint: did you mean 'public'?)"
        ])
    }
}
