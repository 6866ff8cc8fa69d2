import Testing
@testable import EcoLearn

@Suite struct SlugTests {
    @Test(arguments: [
        ("sorting-at-home", true), ("a", true), ("unit-07", true), ("", false), ("-a", false), ("a-", false),
        ("a--b", false), ("Sorting", false), ("a_b", false), ("šķ", false), ("../x", false),
    ])
    func slugsAreLowercaseWordsJoinedBySingleHyphens(text: String, expected: Bool) {
        #expect(Vocabulary.isSlug(text) == expected)
    }
}
