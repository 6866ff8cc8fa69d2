import EcoLearn
import Foundation

/// Writes the site's files into its folder: a file whose bytes are already there is left alone (so a rebuild
/// touches only what changed), every other one goes through `OutputFile` (a temporary file and a rename).
struct SiteFiles: Sendable {
    let folder: URL

    /// Writes `bytes` at `path` (relative to the folder) unless the file already holds them; true when written.
    func write(_ bytes: [UInt8], to path: String) throws(SiteBuildError) -> Bool {
        let url = folder.appendingPathComponent(path)
        if let existing = FileManager.default.contents(atPath: url.path), existing.count == bytes.count,
            existing.elementsEqual(bytes)
        {
            return false
        }
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try OutputFile.write(bytes, to: url.path)
        } catch {
            throw SiteBuildError(Diagnostic(
                .error, at: nil, "cannot write the file: \(error)", hint: "check that the output folder is writable",
                file: url.path))
        }
        return true
    }

    func write(_ text: String, to path: String) throws(SiteBuildError) -> Bool {
        try write(Array(text.utf8), to: path)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path)
    }

    /// Deletes the folder at `path` when it is empty.
    func removeIfEmpty(_ path: String) {
        let url = folder.appendingPathComponent(path)
        if (try? FileManager.default.contentsOfDirectory(atPath: url.path))?.isEmpty == true {
            try? FileManager.default.removeItem(at: url)
        }
    }

    /// Deletes `path` when it is there; true when it was.
    func remove(_ path: String) -> Bool {
        (try? FileManager.default.removeItem(at: folder.appendingPathComponent(path))) != nil
    }
}

/// A problem that stops the site from being written at all (an unwritable folder).
public struct SiteBuildError: Error, Sendable {
    public var diagnostics: [Diagnostic]

    init(_ diagnostic: Diagnostic) {
        diagnostics = [diagnostic]
    }
}
