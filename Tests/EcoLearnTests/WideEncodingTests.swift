import Foundation
import Testing
@testable import EcoLearn

/// Files saved as UTF-16 or UTF-32 (a "Unicode" save from a spreadsheet or a Windows editor) are named as text in
/// the wrong encoding, with "save it as UTF-8", not as binary files.
@Suite struct WideEncodingTests {
    @Test func aLessonSavedAsUTF16IsToldToBeSavedAsUTF8() throws {
        let workspace = try TemporaryWorkspace(copying: "workspace")
        try FileManager.default.removeItem(at: workspace.root.appendingPathComponent("lessons/waste/sorting-at-home.yaml"))
        try FileManager.default.copyItem(
            at: Fixtures.url("encodings/sorting-at-home-utf16.yaml"),
            to: workspace.root.appendingPathComponent("lessons/waste/sorting-at-home.yaml"))
        let result = try CLI.run(["check"], in: workspace.root)
        #expect(result.status == 1)
        #expect(result.stdout == """
            lessons/waste/sorting-at-home.yaml: error: is UTF-16 text, not UTF-8
              hint: save it as UTF-8 (in the editor's Save As, choose the encoding UTF-8)
            checked 1 lesson file: 1 error, 0 warnings

            """)
    }

    @Test func answersSavedAsUTF16AreToldToBeSavedAsUTF8() throws {
        let csv = Fixtures.url("encodings/answers-utf16-no-bom.csv").path
        let result = try CLI.run(["quiz", "score", "sorting-at-home", csv, "--library", QuizFixtures.workspace.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(
            "answers-utf16-no-bom.csv:1: this is UTF-16 text, not UTF-8 (hint: save it as UTF-8: in a spreadsheet, 'CSV UTF-8')"))
    }

    @Test func encodingsAreToldFromBinaryFiles() {
        func bytes(_ text: String, _ encoding: String.Encoding) -> [UInt8] { [UInt8](text.data(using: encoding) ?? Data()) }
        #expect(WideEncoding.name(of: bytes("id: x\n", .utf16LittleEndian)) == "UTF-16")
        #expect(WideEncoding.name(of: bytes("id: x\n", .utf16BigEndian)) == "UTF-16")
        #expect(WideEncoding.name(of: [0xFF, 0xFE] + bytes("ğ", .utf16LittleEndian)) == "UTF-16")
        #expect(WideEncoding.name(of: bytes("id: x\n", .utf32LittleEndian)) == "UTF-32")
        #expect(WideEncoding.name(of: [0x00, 0x00, 0xFE, 0xFF] + bytes("a", .utf32BigEndian)) == "UTF-32")
        #expect(WideEncoding.name(of: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]) == nil)
        #expect(WideEncoding.name(of: [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]) == nil)
        #expect(YAMLReader().read(bytes("id: x\n", .utf32LittleEndian), file: "f.yaml").diagnostics.map(\.summaryLine) == [
            "f.yaml: error: is UTF-32 text, not UTF-8 (hint: save it as UTF-8 (in the editor's Save As, choose the encoding UTF-8))",
        ])
    }
}
