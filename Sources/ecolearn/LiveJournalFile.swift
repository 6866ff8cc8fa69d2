import EcoLearnLive
import Foundation

/// The journal file in which an ecolearn before the store kept an unfinished live game (`live/UNIT.jsonl` beside
/// an SQLite database, or `<library>/data/live/UNIT.jsonl` with a server): one JSON record per line. `--resume`
/// moves it into the store; a new game is refused while it is there.
struct LiveJournalFile {
    let path: String

    var exists: Bool { FileManager.default.fileExists(atPath: path) }

    /// The file's records, one line of JSON each, in order. A last line cut short (the process died while writing
    /// it) is left out; any other line that is not a game record is an error naming it.
    func lines() throws -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { throw CommandFailure("cannot read the file") }
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        var records: [String] = []
        for (index, line) in lines.enumerated() where !line.isEmpty {
            let text = String(decoding: line, as: UTF8.self)
            guard (try? LiveRecord.decoding([text])) != nil else {
                if index == lines.count - 1 { break }
                throw CommandFailure("line \(index + 1) is not a game record")
            }
            records.append(text)
        }
        return records
    }

    /// Renames the file `UNIT-YYYYMMDD-HHMMSS.jsonl` beside it, so it is not moved in again; returns the new path
    /// (nil when it could not be renamed).
    func putAside() -> String? {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        formatter.timeZone = TimeZone(identifier: "UTC")
        let kept = path.replacingOccurrences(of: ".jsonl", with: "-\(formatter.string(from: Date())).jsonl")
        return (try? FileManager.default.moveItem(atPath: path, toPath: kept)) == nil ? nil : kept
    }
}
