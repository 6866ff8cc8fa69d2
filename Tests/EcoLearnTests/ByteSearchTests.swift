import Testing
@testable import EcoLearn

@Suite struct ByteSearchTests {
    @Test(arguments: [
        ("TODO", true), ("write TODO here", true), ("ends with TODO", true), ("TOD", false), ("TOTODO", true),
        ("", false), ("todo", false), ("šķ TODO ā", true), ("TO DO", false),
    ])
    func findsAnASCIIWord(text: String, expected: Bool) {
        #expect(ByteSearch.contains(text, ascii: "TODO") == expected)
    }

    @Test func findsOneByte() {
        #expect(ByteSearch.contains("a < b", byte: UInt8(ascii: "<")))
        #expect(!ByteSearch.contains("a > b", byte: UInt8(ascii: "<")))
        #expect(!ByteSearch.contains("", byte: 0))
    }
}
