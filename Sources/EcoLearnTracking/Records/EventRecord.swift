import EcoLearn

/// One row of the `event` table: something that happened on a day in a town.
public struct EventRecord: Codable, Sendable, Hashable {
    public var id: Int64?
    /// The coordinator's own reference (e.g. `DGP-2019-03-S1`), used by attendance sheets; optional.
    public var code: String?
    /// ISO day, `YYYY-MM-DD`.
    public var date: String
    public var town: String
    public var country: String
    public var title: String
    public var kind: EventKind
    public var audience: Audience
    public var language: String?
    public var organiser: String?
    public var facilitator: String?
    /// The import that created the event, if it came from a file.
    public var importID: Int64?

    enum CodingKeys: String, CodingKey {
        case id, code, date, town, country, title, kind, audience, language, organiser, facilitator
        case importID = "import_id"
    }

    public init(
        id: Int64? = nil, code: String? = nil, date: String, town: String, country: String, title: String,
        kind: EventKind, audience: Audience, language: String? = nil, organiser: String? = nil,
        facilitator: String? = nil, importID: Int64? = nil
    ) {
        self.id = id
        self.code = code
        self.date = date
        self.town = town
        self.country = country
        self.title = title
        self.kind = kind
        self.audience = audience
        self.language = language
        self.organiser = organiser
        self.facilitator = facilitator
        self.importID = importID
    }

    /// How people refer to the event: its code, or its number.
    public var reference: String { code ?? id.map(String.init) ?? "?" }
}
