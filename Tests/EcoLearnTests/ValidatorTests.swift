import Testing
@testable import EcoLearn

/// Each rule of docs/AUTHORING.md, broken once in the valid sample unit, gives exactly its diagnostic.
@Suite struct ValidatorTests {
    private let file = "lessons/waste/sorting-at-home.yaml"

    private func expectOnly(
        _ old: String, _ new: String, _ expected: String..., sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let found = Fixtures.check(Fixtures.mutated(old, new))
        #expect(found == expected.map { "\(file):\($0)" }, sourceLocation: sourceLocation)
    }

    @Test func idMatchesTheFileName() {
        expectOnly("id: sorting-at-home", "id: sorting-home",
                   "1:5: error: id: unit id 'sorting-home' does not match the file name 'sorting-at-home.yaml' (hint: rename the file to sorting-home.yaml or set id: sorting-at-home)")
    }

    @Test func idsAreSlugs() {
        expectOnly("  - id: name-streams\n", "  - id: Name_Streams\n",
                   "16:9: error: objectives[0].id: objective id 'Name_Streams' is not a slug (hint: use lowercase letters, digits and single hyphens, e.g. sorting-at-home)",
                   "60:17: error: quiz.questions[0].assesses: 'name-streams' is not an objective of this unit (hint: did you mean 'Name_Streams'?)",
                   "81:17: error: quiz.questions[2].assesses: 'name-streams' is not an objective of this unit (hint: did you mean 'Name_Streams'?)",
                   "87:17: error: quiz.questions[3].assesses: 'name-streams' is not an objective of this unit (hint: did you mean 'Name_Streams'?)",
                   "94:17: error: quiz.questions[4].assesses: 'name-streams' is not an objective of this unit (hint: did you mean 'Name_Streams'?)",
                   "107:17: error: quiz.questions[6].assesses: 'name-streams' is not an objective of this unit (hint: did you mean 'Name_Streams'?)")
    }

    @Test func plainStringOnlyInAOneLanguageUnit() {
        expectOnly("title:\n  en: Sorting waste at home\n  lv: Atkritumu šķirošana mājās", "title: Sorting waste at home",
                   "3:8: error: title: a plain string is allowed only in a unit with one language (hint: write it per language: en: ..., lv: ...)")
    }

    @Test func aMissingTranslationNamesTheLanguageAndPlace() {
        expectOnly("    title: { en: Bin relay, lv: Konteineru stafete }", "    title: { en: Bin relay }",
                   "30:12: error: activities[0].title.lv: missing the 'lv' text (hint: every text needs all of: en, lv)")
    }

    @Test func aTextInAnUndeclaredLanguage() {
        expectOnly("    title: { en: Bin relay, lv: Konteineru stafete }", "    title: { en: Bin relay, lv: Konteineru stafete, tr: Kutu yarışı }",
                   "30:57: error: activities[0].title.tr: text in 'tr', which is not in languages (en, lv) (hint: add it to languages or remove it)")
    }

    @Test func draftTranslationIsAWarning() {
        expectOnly("translations: { lv: reviewed }", "translations: { lv: draft }",
                   "10:21: warning: translations.lv: the 'lv' translation is still draft (hint: read it in full against 'en', then mark it reviewed)")
        expectOnly("translations: { lv: reviewed }\n", "",
                   "1:1: warning: translations: the 'lv' translation has no review state, so it counts as draft (hint: add translations: { lv: draft } or reviewed once read against 'en')")
    }

    @Test func topicsComeFromTheVocabulary() {
        expectOnly("topics: [sorting, recycling, packaging]", "topics: [sorting, recyclng, packaging]",
                   "11:19: error: topics[1]: unknown topic 'recyclng' (hint: did you mean 'recycling'?)")
    }

    @Test func schoolUnitsShouldGiveAges() {
        expectOnly("ages: 10-14\n", "",
                   "12:12: warning: ages: a unit for schools should give ages (hint: ages: 10-14)")
        expectOnly("ages: 10-14", "ages: 14-10",
                   "13:7: error: ages: expected an age range such as 10-14 or a single age, found text '14-10' (hint: write the youngest and oldest age: 10-14)")
    }

    @Test func activitiesLongerThanTheUnitAreAWarning() {
        expectOnly("minutes: 45", "minutes: 10",
                   "14:10: warning: minutes: the activities take 15 minutes but the unit has 10 (hint: raise minutes to 15 or shorten activities)")
    }

    @Test func mediaPathsStayInsideMedia() {
        expectOnly("path: media/bins.svg", "path: media/../../etc/passwd",
                   "41:15: error: activities[0].media[0].path: media path 'media/../../etc/passwd' leaves the media/ folder (hint: keep images in the media/ folder and write media/NAME.svg)")
        expectOnly("path: media/bins.svg", "path: /etc/passwd.svg",
                   "41:15: error: activities[0].media[0].path: media path '/etc/passwd.svg' must be a relative path under media/ (hint: keep images in the media/ folder and write media/NAME.svg)")
        expectOnly("path: media/bins.svg", "path: media/missing.svg",
                   "41:15: error: activities[0].media[0].path: media file 'media/missing.svg' does not exist (hint: put the file in media/ or correct the name)")
        expectOnly("path: media/bins.svg", "path: media/bins.gif",
                   "41:15: error: activities[0].media[0].path: media file 'bins.gif' is not an SVG, PNG or JPEG image (hint: use .svg (preferred), .png, .jpg or .jpeg)")
    }

    @Test func everyImageHasAltTextInEveryLanguage() {
        expectOnly("        alt: { en: Two containers, lv: Divi konteineri }\n", "",
                   "41:9: error: activities[0].media[0]: missing required field 'alt' (hint: every image needs alt text in every language)")
        expectOnly("alt: { en: Two containers, lv: Divi konteineri }", "alt: { en: Two containers }",
                   "42:14: error: activities[0].media[0].alt.lv: missing the 'lv' text (hint: every text needs all of: en, lv)")
    }

    @Test func rawHTMLInMarkdownIsRefused() {
        expectOnly("        1. Put the four boxes at one end of the room.", "        1. Put the <b>four</b> boxes at one end of the room.",
                   "34:11: error: activities[0].steps.en: raw HTML is not allowed in Markdown (found '<b>') (hint: write Markdown instead: **bold**, lists, tables; a literal '<' is fine before a space or digit)")
    }

    @Test func singleNeedsExactlyOneCorrectOption() {
        expectOnly("          feedback: { en: Glass can be melted again and again, lv: Stiklu var pārkausēt atkal un atkal }",
                   "          correct: true",
                   "63:9: error: quiz.questions[0].options: a single question needs exactly one correct option, found 2 (hint: use kind: multiple for several right answers)")
    }

    @Test func multipleNeedsACorrectOption() {
        expectOnly("        - text: { en: Yoghurt pot, lv: Jogurta trauciņš }\n          correct: true\n        - text: { en: Drinks can, lv: Dzērienu skārdene }\n          correct: true\n",
                   "        - text: { en: Yoghurt pot, lv: Jogurta trauciņš }\n        - text: { en: Drinks can, lv: Dzērienu skārdene }\n",
                   "73:9: error: quiz.questions[1].options: a multiple question needs at least one correct option (hint: mark right options with correct: true)")
    }

    @Test func weightsStayBetweenMinusOneAndOne() {
        expectOnly("          feedback: { en: An apple core", "          weight: -1.5\n          feedback: { en: An apple core",
                   "78:19: error: quiz.questions[1].options[2].weight: weight must be between -1 and 1, found -1.5")
    }

    @Test func weightsMoodleRejectsAreAWarningNamingTheNearestGrade() {
        expectOnly("          feedback: { en: An apple core", "          weight: -0.35\n          feedback: { en: An apple core",
                   "78:19: warning: quiz.questions[1].options[2].weight: option 3 is worth -35 %, which is not a grade Moodle accepts; Moodle's import rejects the whole question (hint: the nearest grade Moodle accepts is -33.33333 %)")
    }

    @Test func arrowsGIFTCannotHoldAreAWarning() {
        expectOnly("{ left: { en: Bottle, lv: Pudele }", "{ left: { en: Bottle -> jar, lv: Pudele }",
                   "111:25: warning: quiz.questions[6].pairs[1].left.en: the left side 'Bottle -> jar' contains '->', which GIFT cannot escape: Moodle splits the pair at the first '->' (hint: reword without '->', or export as Moodle XML)")
        expectOnly("answers: { en: [paper, cardboard]", "answers: { en: [paper, card->board]",
                   "96:22: warning: quiz.questions[4].answers.en: the answer 'card->board' contains '->', which GIFT cannot escape: Moodle reads the question as matching (hint: reword without '->', or export as Moodle XML)")
    }

    @Test func numericNeedsANonNegativeTolerance() {
        expectOnly("      tolerance: 0\n", "",
                   "85:7: error: quiz.questions[3].tolerance: a numeric question needs a tolerance (0 for an exact answer) or tolerance_percent")
        expectOnly("      tolerance: 0\n", "      tolerance: -2\n",
                   "90:18: error: quiz.questions[3].tolerance: tolerance must be 0 or more, found -2")
        expectOnly("      answer: 10\n", "",
                   "85:7: error: quiz.questions[3]: missing required field 'answer' (hint: a numeric question needs 'answer')")
    }

    @Test func orderNeedsTwoItemsAndMatchTwoPairs() {
        expectOnly("        - { en: Take off the lid, lv: Noņemiet vāciņu }\n        - { en: Put it in the glass container, lv: Ielieciet to stikla konteinerā }\n", "",
                   "102:9: error: quiz.questions[5].items: an order question needs at least 2 items, found 1")
        expectOnly("        - { left: { en: Bottle, lv: Pudele }, right: { en: Glass, lv: Stikls } }\n", "",
                   "110:9: error: quiz.questions[6].pairs: a match question needs at least 2 pairs, found 1")
    }

    @Test func sortNeedsTwoCategoriesAndKnownOnes() {
        expectOnly("category: bio }", "category: bi }",
                   "122:66: error: quiz.questions[7].items[1].category: item's category 'bi' is not one of the categories (glass, bio) (hint: did you mean 'bio'?)")
        expectOnly("        bio: { en: Bio-waste, lv: Bioatkritumi }\n", "",
                   "118:9: error: quiz.questions[7].categories: a sort question needs at least 2 categories, found 1",
                   "121:66: error: quiz.questions[7].items[1].category: item's category 'bio' is not one of the categories (glass)")
    }

    @Test func assessesNamesAnObjective() {
        expectOnly("      assesses: sort-items\n      points: 2", "      assesses: sort-item\n      points: 2",
                   "114:17: error: quiz.questions[7].assesses: 'sort-item' is not an objective of this unit (hint: did you mean 'sort-items'?)")
    }

    @Test func shortAnswersExistInEveryLanguage() {
        expectOnly("answers: { en: [paper, cardboard], lv: [papīrs, kartons] }", "answers: { en: [paper, cardboard] }",
                   "96:16: error: quiz.questions[4].answers.lv: no accepted answer in 'lv'")
    }

    @Test func duplicateIdsInsideAUnit() {
        expectOnly("    - id: lids-off", "    - id: glass-jar",
                   "79:11: error: quiz.questions[2].id: duplicate question id 'glass-jar'")
    }

    @Test func sourcesNeedPlausibleYearsAndWebAddresses() {
        expectOnly("    year: 2008", "    year: 208",
                   "126:11: error: sources[0].year: source year 208 is not a plausible year")
        expectOnly("    url: https://eur-lex.europa.eu/eli/dir/2008/98/oj", "    url: eur-lex.europa.eu",
                   "125:10: error: sources[0].url: source url must start with https:// or http://, found 'eur-lex.europa.eu'")
    }

    @Test func unknownLicenceIsAWarning() {
        expectOnly("license: CC-BY-4.0", "license: CC-BY-40",
                   "127:10: warning: license: licence 'CC-BY-40' is not one ecolearn knows (hint: did you mean 'CC-BY-4.0'?)")
    }

    /// Every mutation that breaks a rule must produce at least one error: nothing invalid passes as valid.
    @Test(arguments: [
        ("license: CC-BY-4.0\n", ""), ("minutes: 45", "minutes: 0"), ("version: 3", "version: 0"),
        ("languages: [en, lv]", "languages: [en, lv, lv]"), ("languages: [en, lv]", "languages: [english, lv]"),
        ("translations: { lv: reviewed }", "translations: { lv: reviewed, tr: draft }"),
        ("      answer: false", "      answer: no"), ("pass_percent: 60", "pass_percent: 160"),
        ("      points: 2", "      points: 0"), ("audiences: [school, public]", "audiences: []"),
        ("    kind: game", "    kind: 3"), ("kind: sort", "kind: sorting"),
    ])
    func noBrokenUnitPassesAsValid(old: String, new: String) {
        #expect(Fixtures.check(Fixtures.mutated(old, new)).contains { $0.contains(": error: ") })
    }
}
