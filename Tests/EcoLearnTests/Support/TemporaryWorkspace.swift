import Foundation

/// A scratch copy of a fixture workspace in a temporary folder, removed when the test ends.
final class TemporaryWorkspace {
    let root: URL

    init(copying fixture: String? = nil) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ecolearn-test-\(UUID().uuidString)")
        if let fixture {
            try FileManager.default.copyItem(at: Fixtures.url(fixture), to: root)
        } else {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Writes a file (creating folders) relative to the workspace.
    func write(_ relative: String, _ text: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// The bytes of a file, for "nothing changed" checks.
    func contents(_ relative: String) -> Data? { try? Data(contentsOf: root.appendingPathComponent(relative)) }
}
