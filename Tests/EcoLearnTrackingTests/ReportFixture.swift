import Foundation
import Testing

/// Rendered reports compared with the exact files under Fixtures/reports. On a difference the rendering is written
/// to the temporary folder (the failure names the file), to compare and, once read, to copy over the fixture.
enum ReportFixture {
    static func expect(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let expected = (try? TestSupport.fixture("reports/" + name)).map { String(decoding: $0, as: UTF8.self) }
        guard text != expected else { return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ecolearn-report-fixtures")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let written = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: written)
        Issue.record("\(name) differs from Fixtures/reports/\(name); this run's output: \(written.path)", sourceLocation: sourceLocation)
    }
}
