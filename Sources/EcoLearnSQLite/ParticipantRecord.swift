import EcoLearn
import EcoLearnTracking
import GRDB

/// One row of the `participant` table: an adult listed one by one, under a pseudonymous key (never a name).
public struct ParticipantRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "participant"

    public var id: Int64?
    /// The pseudonymous key written on the sign-in sheet (e.g. `LV-0012`), as first written.
    public var key: String
    /// The key as `CaselessKey` folds it: what identifies the person (`LV-0012` and `lv-0012` are one person).
    public var foldedKey: String
    public var organisation: String?
    public var ageBand: String?
    public var gender: String?
    public var origin: Origin?
    /// The person agreed to appear in participant lists.
    public var consentListing: Bool
    /// The person agreed to be photographed.
    public var consentPhotos: Bool

    enum CodingKeys: String, CodingKey {
        case id, key, organisation, gender, origin
        case ageBand = "age_band"
        case foldedKey = "folded_key"
        case consentListing = "consent_listing"
        case consentPhotos = "consent_photos"
    }

    /// Column names for requests.
    public enum Columns {
        public static let foldedKey = Column(CodingKeys.foldedKey)
    }

    public init(
        id: Int64? = nil, key: String, organisation: String? = nil, ageBand: String? = nil, gender: String? = nil,
        origin: Origin? = nil, consentListing: Bool = false, consentPhotos: Bool = false
    ) {
        self.id = id
        self.key = key
        self.foldedKey = CaselessKey.fold(key)
        self.organisation = organisation
        self.ageBand = ageBand
        self.gender = gender
        self.origin = origin
        self.consentListing = consentListing
        self.consentPhotos = consentPhotos
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
