import EcoLearnTracking
import GRDB

/// One row of the `attendance` table: a listed participant was at an event.
public struct AttendanceRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "attendance"

    public var eventID: Int64
    public var participantID: Int64
    public var importID: Int64?

    enum CodingKeys: String, CodingKey {
        case eventID = "event_id"
        case participantID = "participant_id"
        case importID = "import_id"
    }

    /// Column names for requests.
    public enum Columns {
        public static let eventID = Column(CodingKeys.eventID)
        public static let participantID = Column(CodingKeys.participantID)
    }

    public init(eventID: Int64, participantID: Int64, importID: Int64? = nil) {
        self.eventID = eventID
        self.participantID = participantID
        self.importID = importID
    }
}
