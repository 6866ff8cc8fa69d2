import EcoLearn
import EcoLearnTracking
import Foundation

/// Writing a file named on the command line (`-o`, `--save FILE`): through `OutputFile`, so the write is atomic
/// and never lands on a participation database (the one `--db` names, `$ECOLEARN_DB`, or the library's default).
enum CommandOutput {
    static func write(_ bytes: [UInt8], to path: String, library: LibraryOptions, db: String? = nil) throws {
        let environment = ProcessInfo.processInfo.environment
        let databases = Set([
            db, environment["ECOLEARN_DB"],
            ParticipationStore.resolvePath(library: library.library, db: nil, environment: [:]),
        ].compactMap { $0 }.filter { !$0.isEmpty })
        do {
            try OutputFile.write(bytes, to: path, protecting: databases.sorted())
        } catch {
            throw CommandFailure(error.description)
        }
    }
}
