import Foundation
import Testing
@testable import EcoLearn

@Suite struct YAMLReaderTests {
    private func read(_ text: String) -> YAMLReader.Output {
        YAMLReader().read(Array(text.utf8), file: "f.yaml")
    }

    private func messages(_ bytes: [UInt8]) -> [String] {
        YAMLReader().read(bytes, file: "f.yaml").diagnostics.map(\.summaryLine)
    }

    @Test func everyNodeKnowsItsLineAndColumn() throws {
        let root = try #require(read("a: 1\nlist:\n  - x\n  - { k: v }\n").root)
        guard case .mapping(let pairs) = root.content else { Issue.record("not a mapping"); return }
        #expect((pairs[0].value.line, pairs[0].value.column) == (1, 4))
        guard case .sequence(let items) = pairs[1].value.content else { Issue.record("not a list"); return }
        #expect((items[0].line, items[0].column) == (3, 5))
        #expect((items[1].line, items[1].column) == (4, 5))
    }

    @Test func columnsCountLettersNotBytes() throws {
        let root = try #require(read("ā: šķ\nb: x\n").root)
        guard case .mapping(let pairs) = root.content else { Issue.record("not a mapping"); return }
        #expect(pairs[0].value.column == 4)
    }

    @Test func duplicateKeyPointsAtBothDefinitions() {
        let output = read("id: a\ntitle: x\nid: b\n")
        #expect(output.diagnostics.map(\.summaryLine) == ["f.yaml:3:1: error: duplicate key 'id' in this mapping (hint: keep one 'id')"])
        #expect(output.diagnostics.first?.notes.first?.mark == SourceMark(file: "f.yaml", line: 1, column: 1))
        #expect(output.diagnostics.first?.notes.first?.message == "first defined here")
    }

    @Test func duplicateKeysInLargeMappingsAreFound() {
        let keys = (0..<40).map { "k\($0): v" }.joined(separator: "\n")
        #expect(read(keys + "\nk7: again\n").diagnostics.map(\.summaryLine)
            == ["f.yaml:41:1: error: duplicate key 'k7' in this mapping (hint: keep one 'k7')"])
    }

    @Test func aliasesShareTheAnchoredNode() throws {
        let root = try #require(read("a: &x [1, 2]\nb: *x\n").root)
        guard case .mapping(let pairs) = root.content, case .sequence(let items) = pairs[1].value.content else {
            Issue.record("shape"); return
        }
        #expect(items.compactMap(\.scalarValue) == ["1", "2"])
        #expect((pairs[1].value.line, pairs[1].value.column) == (2, 4))
    }

    @Test func billionLaughsIsRefusedWithoutExpanding() {
        let output = YAMLReader().read(Fixtures.bytes("yaml/billion-laughs.yaml"), file: "f.yaml")
        #expect(output.root == nil)
        #expect(output.diagnostics.map(\.summaryLine) == [
            "f.yaml:6:8: error: aliases in this file would expand to more than 100000 nodes; refusing to expand them (hint: a lesson file needs few aliases; write the content out instead)"
        ])
    }

    @Test func undefinedAliasIsAnError() {
        #expect(messages(Array("a: *nope\n".utf8)) == [
            "f.yaml:1:4: error: alias '*nope' names no anchor defined before it (hint: define '&nope' on an earlier node)"
        ])
    }

    @Test func hundredThousandNestedBracketsStopAtTheDepthLimit() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(messages(Array(text.utf8)) == [
            "f.yaml:1:65: error: nesting is deeper than 64 levels (hint: a lesson unit nests a few levels; check for unclosed brackets)"
        ])
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let output = YAMLReader().read([0xEF, 0xBB, 0xBF] + Array("id: x\r\nname: y\r\n".utf8), file: "f.yaml")
        #expect(output.diagnostics.isEmpty)
        guard case .mapping(let pairs) = try #require(output.root).content else { Issue.record("shape"); return }
        #expect(pairs.map { $0.value.scalarValue } == ["x", "y"])
        #expect((pairs[1].key.line, pairs[1].key.column) == (2, 1))
    }

    @Test func invalidUTF8NamesTheByteAndPlace() {
        #expect(messages(Array("id: x\ntitle: caf".utf8) + [0xE9, 0x0A]) == [
            "f.yaml:2:11: error: invalid UTF-8 (byte 0xE9): incomplete UTF-8 octet sequence (hint: save the file as UTF-8)"
        ])
    }

    @Test func binaryEmptyAndBlankFilesAreNamed() {
        #expect(messages([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]) == [
            "f.yaml: error: is a binary file (it contains NUL bytes), not YAML text (hint: lesson files are UTF-8 text; remove or rename this file)"
        ])
        let empty = "f.yaml: error: file is empty (hint: a lesson unit starts with 'id:'; `ecolearn lessons new ID` writes a skeleton)"
        #expect(messages([]) == [empty])
        #expect(messages(Array("  \n\n".utf8)) == [empty])
        #expect(messages(Array("# only a comment\n".utf8)) == ["f.yaml: error: file is empty (hint: a lesson unit starts with 'id:')"])
    }

    @Test func secondDocumentIsRefused() {
        #expect(messages(Array("a: 1\n---\nb: 2\n".utf8)) == [
            "f.yaml:2:1: error: a second YAML document starts here; a lesson file holds exactly one (hint: remove the '---' line or move the second unit to its own file)"
        ])
    }

    @Test func oversizedFileIsRefused() {
        let reader = YAMLReader(limits: YAMLLimits(maxFileBytes: 1 << 20))
        let output = reader.read([UInt8](repeating: 0x61, count: 2 << 20), file: "f.yaml")
        #expect(output.diagnostics.map(\.summaryLine) == [
            "f.yaml: error: file is 2 MiB; a lesson file is at most 1 MiB (hint: split the unit into smaller units)"
        ])
    }

    @Test func unquotedColonInFlowTextGetsTheQuotingHint() {
        #expect(messages(Array("title: { en: Hello: world }\n".utf8)) == [
            "f.yaml:1:19: error: YAML syntax: did not find expected ',' or '}' while parsing a flow mapping (hint: text containing ': ', ',', '?', '#' or '[' must be quoted in flow style ({ en: \"...\" }), or written in block style)"
        ])
    }

    @Test func scalarsStayUntypedUntilTheSchemaAsks() throws {
        let root = try #require(read("a: no\nb: on\nc: 2019\nd: 'true'\n").root)
        guard case .mapping(let pairs) = root.content else { Issue.record("shape"); return }
        #expect(pairs.map { $0.value.scalarValue } == ["no", "on", "2019", "true"])
    }
}
