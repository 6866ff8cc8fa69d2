import Foundation
import Testing
@testable import EcoLearn

@Suite struct PackSpecDecoderTests {
    @Test func decodesTheSchoolPack() {
        let spec = PackFixtures.spec("school-pack")
        #expect(spec.printedTitle == "Atkritumi un mēs")
        #expect(spec.language == "lv")
        #expect(spec.audience == .school)
        #expect(spec.organisation == "Daugavpils City Council")
        #expect(spec.lessons == ["sorting-at-home"])
        #expect(spec.parts == PackPart.printed)
        #expect(spec.quiz.seeds == [2024, 2025])
        #expect(spec.lessonMarks.map(\.description) == ["packs/school-pack.yaml:5:11"])
    }

    @Test func reportsEveryMistakeWithItsPlace() {
        let url = PackFixtures.workspace.appendingPathComponent("packs/bad-pack.yaml")
        let (spec, diagnostics) = PackSpecDecoder().load(url, file: "packs/bad-pack.yaml")
        #expect(spec == nil)
        #expect(diagnostics.map(\.summaryLine) == [
            "packs/bad-pack.yaml:5:16: error: parts[1]: 'quizz' is not one of cover | contents | teacher-guide | "
                + "worksheets | quiz | answer-key | sign-in-sheet | certificate | slides (hint: did you mean 'quiz'?)",
            "packs/bad-pack.yaml:6:18: error: quiz: unknown key 'variantz' (hint: did you mean 'variants'?)",
            "packs/bad-pack.yaml:7:1: error: unknown key 'organsation' (hint: did you mean 'organisation'?)",
        ])
    }

    @Test func missingFieldsAndBadValues() {
        let yaml = "title: T\nparts: [cover, cover]\nquiz: { seed: -1, variants: 40, questions: 0 }\n"
        let (spec, diagnostics) = PackSpecDecoder().decode(Array(yaml.utf8), file: "packs/x.yaml")
        #expect(spec == nil)
        #expect(diagnostics.map(\.summaryLine) == [
            "packs/x.yaml:2:16: error: parts[1]: part 'cover' is listed twice (hint: remove the second entry)",
            "packs/x.yaml:3:15: error: quiz.seed: the seed must be 0 or more, not -1",
            "packs/x.yaml:3:29: error: quiz.variants: variants must be between 1 and 26, not 40 (hint: most groups need 1 or 2)",
            "packs/x.yaml:3:44: error: quiz.questions: questions must be at least 1, not 0 (hint: leave it out to print every question)",
            "packs/x.yaml:1:1: error: missing required fields: language, audience, lessons (hint: a pack spec names title, language, audience and lessons)",
        ])
    }

    @Test func binaryInputIsAnErrorNotACrash() {
        let (spec, diagnostics) = PackSpecDecoder().decode([0xFF, 0xFE, 0x00, 0x01], file: "packs/bin.yaml")
        #expect(spec == nil)
        #expect(diagnostics.hasErrors)
    }
}

@Suite struct PackSpecCheckerTests {
    func check(_ spec: PackSpec) -> [String] {
        PackSpecChecker(library: PackFixtures.library).units(for: spec).diagnostics.map(\.summaryLine)
    }

    @Test func unknownUnitGetsADidYouMean() throws {
        var spec = PackFixtures.spec("school-pack")
        spec.lessons = ["sorting-at-hom"]
        #expect(check(spec) == [
            "packs/school-pack.yaml:5:11: error: lessons[0]: no lesson unit with id 'sorting-at-hom' (hint: did you mean 'sorting-at-home'?)",
        ])
    }

    @Test func unitWithoutThePackLanguage() {
        var spec = PackFixtures.spec("school-pack")
        spec.lessons = ["script-title"]
        #expect(check(spec) == [
            "packs/school-pack.yaml:5:11: error: lessons[0]: unit 'script-title' has no 'lv' text (it is written in en) (hint: translate the unit or choose another one)",
        ])
    }

    @Test func aUnitWithErrorsIsRefusedWithTheErrorsItHas() throws {
        let workspace = try TemporaryWorkspace(copying: "packs-workspace")
        let file = "lessons/waste/sorting-at-home.yaml"
        let text = try #require(workspace.contents(file).map { String(decoding: $0, as: UTF8.self) })
        try workspace.write(file, text.replacingOccurrences(
            of: "    - id: glass-jar\n      kind: single\n      assesses: name-streams",
            with: "    - id: glass-jar\n      kind: single\n      assesses: glass-streams"))
        let result = try CLI.run(["pack", "build", "packs/school-pack.yaml", "-o", "out"], in: workspace.root)
        #expect(result.status == 1)
        #expect(result.stderr == """
            packs/school-pack.yaml:5:11: error: lessons[0]: unit 'sorting-at-home' has an error (lessons/waste/sorting-at-home.yaml), so the pack cannot use it
                lessons: [sorting-at-home]
                          ^
              hint: fix it: the errors follow
            lessons/waste/sorting-at-home.yaml:58:17: error: quiz.questions[0].assesses: 'glass-streams' is not an objective of this unit
                      assesses: glass-streams
                                ^
              hint: objectives: name-streams

            """)
        // A unit that does not decode at all is named with its errors too, not as an unknown id.
        try workspace.write(file, text.replacingOccurrences(of: "license: CC-BY-4.0\n", with: ""))
        let undecoded = try CLI.run(["pack", "build", "packs/school-pack.yaml", "-o", "out"], in: workspace.root)
        #expect(undecoded.status == 1)
        #expect(undecoded.stderr.hasPrefix("""
            packs/school-pack.yaml:5:11: error: lessons[0]: unit 'sorting-at-home' has an error (lessons/waste/sorting-at-home.yaml), so the pack cannot use it

            """))
        #expect(undecoded.stderr.contains("lessons/waste/sorting-at-home.yaml:1:1: error: missing required field 'license'\n"))
    }

    @Test func languageWithoutLabelsAndDuplicateUnits() {
        var spec = PackFixtures.spec("school-pack")
        spec.language = "de"
        spec.title = LocalizedText(["de": "Abfall"])
        spec.lessons = []
        #expect(check(spec) == [
            "packs/school-pack.yaml:2:11: error: language: packs cannot be printed in 'de' (hint: use one of en, lv, tr)",
            "packs/school-pack.yaml:5:10: error: lessons: the pack names no lessons (hint: list unit ids, e.g. lessons: [waste-hierarchy])",
        ])
        let adHoc = PackBuilder(library: PackFixtures.library).adHocSpec(
            lessons: ["sorting-at-home", "sorting-at-home"], language: "en", audience: .ngo)
        #expect(check(adHoc) == [
            "error: lessons[1]: unit 'sorting-at-home' is listed twice (hint: remove the second entry)",
            "warning: lessons[0]: unit 'sorting-at-home' is not written for the ngo audience (hint: its audiences are school, public)",
        ].reversed())
    }

    @Test func partsAreReadFromAListWithTheirNames() throws {
        #expect(try PackPart.list(parsing: "cover, quiz,answer-key") == [.cover, .quiz, .answerKey])
        #expect(throws: PackPart.UnknownName(name: "quizz")) { try PackPart.list(parsing: "cover,quizz") }
        #expect(PackPart.UnknownName(name: "quizz").description == "unknown part 'quizz' (did you mean 'quiz'?); "
            + "parts: cover, contents, teacher-guide, worksheets, quiz, answer-key, sign-in-sheet, certificate, slides")
    }

    @Test func filesAreNamedAfterTheSpecOrTheLanguageAndAudience() {
        let title = LocalizedText(entries: [], mark: SourceMark(file: "", line: 0, column: 0))
        var spec = PackSpec(title: title, language: "lv", audience: .ngo, lessons: ["a"])
        #expect(spec.outputName == "pack-lv-ngo")
        spec.file = "packs/latvian-school-pack.yaml"
        #expect(spec.outputName == "latvian-school-pack")
        #expect(PackSpec.slidesName(lessons: ["waste-hierarchy"], language: "tr") == "waste-hierarchy-tr-slides")
        #expect(PackSpec.slidesName(lessons: ["a", "b"], language: "en") == "slides-en")
    }
}
