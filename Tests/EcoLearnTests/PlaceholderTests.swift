import Testing
@testable import EcoLearn

@Suite struct SourceMarkTests {
    @Test func printsFileLineColumn() {
        #expect(SourceMark(file: "lessons/a.yaml", line: 3, column: 7).description == "lessons/a.yaml:3:7")
    }
}
