import Foundation

/// Which store a command uses: an SQLite file, or a PostgreSQL server named by a `postgres://` URL.
public enum StoreLocation: Sendable, Equatable {
    case sqlite(path: String)
    case postgres(url: String)

    /// The store a command should use: `--db` first, then the `ECOLEARN_DB` environment variable, then
    /// `data/participation.sqlite` under the library folder. A value starting with `postgres://` or
    /// `postgresql://` names a server.
    public static func resolve(library: String, db: String?, environment: [String: String]) -> StoreLocation {
        let chosen: String
        if let db, !db.isEmpty {
            chosen = db
        } else if let fromEnvironment = environment["ECOLEARN_DB"], !fromEnvironment.isEmpty {
            chosen = fromEnvironment
        } else {
            return .sqlite(path: URL(fileURLWithPath: library).appendingPathComponent("data/participation.sqlite").path)
        }
        return isServerURL(chosen) ? .postgres(url: chosen) : .sqlite(path: chosen)
    }

    /// Whether `text` is a PostgreSQL URL rather than a file path.
    public static func isServerURL(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://")
    }
}
