import EcoLearn
import Foundation

/// A game's journal: one JSON line per `LiveRecord`, appended the moment the record is made. Each line goes to
/// the operating system before the game goes on, so a server killed with `kill -9` loses nothing; `sync` also
/// forces the lines to the disk (the server does it at each close and at the end).
public struct LiveJournal: Sendable {
    public let path: String
    private let descriptor: Int32

    /// Opens the journal at `path` for appending; `creating` makes a new file and fails if one is there.
    ///
    /// - Throws: `LiveJournalError` when the file cannot be opened or (creating) already exists.
    public init(path: String, creating: Bool) throws(LiveJournalError) {
        let flags = O_WRONLY | O_APPEND | O_CLOEXEC | (creating ? O_CREAT | O_EXCL : 0)
        let descriptor = open(path, flags, 0o600)
        guard descriptor >= 0 else {
            throw LiveJournalError(path: path, message: String(cString: strerror(errno)))
        }
        self.path = path
        self.descriptor = descriptor
    }

    /// Writes `record` as one line.
    public func append(_ record: LiveRecord) throws(LiveJournalError) {
        var line: Data
        do {
            line = try StableJSON.line(record)
        } catch {
            throw LiveJournalError(path: path, message: "cannot encode a record: \(error)")
        }
        line.append(UInt8(ascii: "\n"))
        let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == line.count else {
            throw LiveJournalError(path: path, message: String(cString: strerror(errno)))
        }
    }

    /// Forces what was written to the disk.
    public func sync() {
        fsync(descriptor)
    }

    /// Closes the file.
    public func close() {
        fsync(descriptor)
        _ = Glibc.close(descriptor)
    }

    /// The records of the journal at `path`, in order. A last line cut short (the process died while writing
    /// it) is left out; any other line that does not read is an error.
    ///
    /// - Throws: `LiveJournalError` naming the line.
    public static func records(at path: String) throws(LiveJournalError) -> [LiveRecord] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LiveJournalError(path: path, message: "cannot read the file")
        }
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        var records: [LiveRecord] = []
        let decoder = JSONDecoder()
        for (index, line) in lines.enumerated() where !line.isEmpty {
            do {
                records.append(try decoder.decode(LiveRecord.self, from: Data(line)))
            } catch {
                if index == lines.count - 1 { break }
                throw LiveJournalError(path: path, message: "line \(index + 1) is not a game record")
            }
        }
        return records
    }
}

/// A journal that cannot be opened, written or read.
public struct LiveJournalError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String

    public var description: String { "\(path): \(message)" }
}
