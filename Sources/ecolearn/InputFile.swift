import ArgumentParser
import Foundation

/// Reading a file named on the command line, with one clear message for each way it can fail.
enum InputFile {
    /// The largest input file read (a CSV of 100,000 answers is about 5 MB).
    static let maximumBytes = 200 * 1024 * 1024

    /// The bytes of `path`.
    static func read(_ path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure("\(path): no such file")
        }
        guard !isDirectory.boolValue else { throw CommandFailure("\(path): is a folder, expected a file") }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= maximumBytes else {
            throw CommandFailure("\(path): \(size / 1_048_576) MB is too large (the limit is \(maximumBytes / 1_048_576) MB)")
        }
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw CommandFailure("\(path): cannot read the file: \(error.localizedDescription)")
        }
    }
}

/// A problem found while running a command (not a usage mistake): printed as `Error: ...`, exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
