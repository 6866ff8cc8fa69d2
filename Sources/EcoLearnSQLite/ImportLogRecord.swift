import EcoLearnTracking
import GRDB

/// One row of the `import_log` table: a CSV file that was imported, by content hash, so it is never counted twice.
public struct ImportLogRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "import_log"

    /// Which importer read the file.
    public enum Kind: String, Codable, Sendable {
        case events, attendance
    }

    public var id: Int64?
    public var kind: Kind
    public var fileName: String
    /// SHA-256 of the file's bytes, lowercase hex.
    public var sha256: String
    public var rows: Int
    /// ISO 8601 timestamp (UTC).
    public var importedAt: String

    enum CodingKeys: String, CodingKey {
        case id, kind, sha256, rows
        case fileName = "file_name"
        case importedAt = "imported_at"
    }

    /// Column names for requests.
    public enum Columns {
        public static let kind = Column(CodingKeys.kind)
        public static let sha256 = Column(CodingKeys.sha256)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
