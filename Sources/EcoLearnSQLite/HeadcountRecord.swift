import EcoLearnTracking
import GRDB

/// One row of the `headcount` table: people counted, not listed, at an event, in one group
/// (e.g. age band `10-14`: 23; gender `female`: 12; the total has dimension `total` and an empty value).
public struct HeadcountRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "headcount"

    public var eventID: Int64
    public var dimension: HeadcountDimension
    public var value: String
    public var count: Int

    enum CodingKeys: String, CodingKey {
        case eventID = "event_id"
        case dimension, value, count
    }

    /// Column names for requests.
    public enum Columns {
        public static let eventID = Column(CodingKeys.eventID)
    }

    public init(eventID: Int64, dimension: HeadcountDimension, value: String, count: Int) {
        self.eventID = eventID
        self.dimension = dimension
        self.value = value
        self.count = count
    }
}
