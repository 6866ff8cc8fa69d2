import EcoLearnTracking
import GRDB

/// One row of the `event_lesson` table: a lesson unit used at an event.
public struct EventLessonRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "event_lesson"

    public var eventID: Int64
    public var unitID: String

    enum CodingKeys: String, CodingKey {
        case eventID = "event_id"
        case unitID = "unit_id"
    }

    /// Column names for requests.
    public enum Columns {
        public static let eventID = Column(CodingKeys.eventID)
        public static let unitID = Column(CodingKeys.unitID)
    }

    public init(eventID: Int64, unitID: String) {
        self.eventID = eventID
        self.unitID = unitID
    }
}
