import EcoLearn
import EcoLearnTracking
import Foundation

/// Writing a file named on the command line (`-o`, `--save FILE`): through `OutputFile`, so the write is atomic
/// and never lands on a participation database (the one `--db` names, `$ECOLEARN_DB`, or the library's default).
enum CommandOutput {
    static func write(_ bytes: [UInt8], to path: String, library: LibraryOptions, db: String? = nil) throws {
        let environment = ProcessInfo.processInfo.environment
        var databases: Set<String> = []
        for location in [
            StoreLocation.resolve(library: library.library, db: db, environment: [:]),
            StoreLocation.resolve(library: library.library, db: nil, environment: environment),
            StoreLocation.resolve(library: library.library, db: nil, environment: [:]),
        ] {
            if case .sqlite(let path) = location { databases.insert(path) }
        }
        do {
            try OutputFile.write(bytes, to: path, protecting: databases.sorted())
        } catch {
            throw CommandFailure(error.description)
        }
    }
}
