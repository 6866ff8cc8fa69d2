import EcoLearnTracking
import GRDB

/// One row of the `quiz_result` table: one respondent's score on one unit's quiz at an event, before or after.
public struct QuizResultRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "quiz_result"

    public var id: Int64?
    public var eventID: Int64
    public var unitID: String
    public var unitVersion: Int
    public var phase: QuizPhase
    /// A pseudonymous respondent key (a participant key, or a number on the paper).
    public var respondent: String
    /// The respondent as `CaselessKey` folds it: what identifies the respondent.
    public var respondentKey: String
    /// The quiz variant's seed, stored as the bit pattern of the `UInt64` (SQLite integers are signed);
    /// nil when the quiz was taken in file order.
    public var seed: Int64?
    /// Score in percent, 0...100.
    public var percent: Double

    enum CodingKeys: String, CodingKey {
        case id, phase, respondent, seed, percent
        case eventID = "event_id"
        case unitID = "unit_id"
        case unitVersion = "unit_version"
        case respondentKey = "respondent_key"
    }

    /// Column names for requests.
    public enum Columns {
        public static let respondentKey = Column(CodingKeys.respondentKey)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
