import EcoLearnTracking
import GRDB

/// The `event` table's rows are `EventRecord`s.
extension EventRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "event"

    /// Column names for requests.
    public enum Columns {
        public static let id = Column("id")
        public static let code = Column("code")
        public static let date = Column("date")
        public static let town = Column("town")
        public static let country = Column("country")
        public static let kind = Column("kind")
        public static let audience = Column("audience")
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
