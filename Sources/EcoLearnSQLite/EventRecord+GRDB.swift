import EcoLearnTracking
import GRDB

/// The `event` table's rows are `EventRecord`s.
extension EventRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "event"

    /// Column names for requests.
    public enum Columns {
        public static let code = Column("code")
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
