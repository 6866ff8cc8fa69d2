/// An event as sync carries it between a laptop and the server: its UUID, details, lessons and headcounts.
public struct SyncEvent: Sendable, Hashable {
    public var uuid: String
    public var record: EventRecord
    /// Lesson unit ids, sorted.
    public var lessons: [String]
    public var headcounts: [SyncHeadcount]

    public init(uuid: String, record: EventRecord, lessons: [String], headcounts: [SyncHeadcount]) {
        self.uuid = uuid
        self.record = record
        self.lessons = lessons.sorted()
        self.headcounts = headcounts.sorted { ($0.dimension, $0.value) < ($1.dimension, $1.value) }
    }

    /// How the conflict list names the event: its code, or its date, town, kind and title.
    public var reference: String {
        record.code ?? "\(record.date) \(record.town), \(record.kind.rawValue) \"\(record.title)\""
    }

    /// The details two copies of one event must agree on (not its number, import or lessons), one line, for
    /// comparing and for the conflict list: `2019-03-14 Daugavpils, Latvia: seminar for ngo "Title"; ...`.
    public var details: String {
        let event = record
        var text = "\(event.date) \(event.town), \(event.country): \(event.kind.rawValue) for \(event.audience.rawValue) "
            + "\"\(event.title)\""
        for (name, value) in [("language", event.language), ("organiser", event.organiser), ("facilitator", event.facilitator)] {
            if let value { text += "; \(name) \(value)" }
        }
        let counts = headcounts.map { $0.dimension == "total" ? "headcount \($0.count)" : "\($0.value) \($0.count)" }
        if !counts.isEmpty { text += "; " + counts.joined(separator: ", ") }
        return text
    }
}

/// One headcount row of an event: a dimension (`total`, `gender`, `age_band`, `origin`), a value, a count.
public struct SyncHeadcount: Sendable, Hashable {
    public var uuid: String
    public var dimension: String
    public var value: String
    public var count: Int

    public init(uuid: String, dimension: String, value: String, count: Int) {
        self.uuid = uuid
        self.dimension = dimension
        self.value = value
        self.count = count
    }
}

/// A listed participant as sync carries it: the UUID, the pseudonymous key and the details of the sign-in sheets.
public struct SyncParticipant: Sendable, Hashable {
    public var uuid: String
    public var key: String
    public var foldedKey: String
    public var organisation: String?
    public var ageBand: String?
    public var gender: String?
    public var origin: String?
    public var consentListing: Bool
    public var consentPhotos: Bool

    public init(
        uuid: String, key: String, foldedKey: String, organisation: String?, ageBand: String?, gender: String?,
        origin: String?, consentListing: Bool, consentPhotos: Bool
    ) {
        self.uuid = uuid
        self.key = key
        self.foldedKey = foldedKey
        self.organisation = organisation
        self.ageBand = ageBand
        self.gender = gender
        self.origin = origin
        self.consentListing = consentListing
        self.consentPhotos = consentPhotos
    }
}

/// A batch of attendances, column by column: each row's UUID, its event's UUID and its participant's UUID.
public struct SyncAttendances: Sendable {
    public var uuids: [String] = []
    public var events: [String] = []
    public var participants: [String] = []
    /// The last row's key on the laptop (event number, participant number): where the next batch starts.
    public var last: (event: Int64, participant: Int64) = (0, 0)
    /// The first row's key on the laptop.
    public var first: (event: Int64, participant: Int64) = (0, 0)

    public init() {}

    public var count: Int { uuids.count }
}

/// A stored quiz result with its answers, as sync carries it.
public struct SyncQuizResult: Sendable, Hashable {
    public var uuid: String
    public var eventUUID: String
    public var unitID: String
    public var unitVersion: Int
    public var phase: String
    public var respondent: String
    public var respondentKey: String
    public var seed: Int64?
    public var percent: Double
    public var answers: [SyncQuizAnswer]

    public init(
        uuid: String, eventUUID: String, unitID: String, unitVersion: Int, phase: String, respondent: String,
        respondentKey: String, seed: Int64?, percent: Double, answers: [SyncQuizAnswer]
    ) {
        self.uuid = uuid
        self.eventUUID = eventUUID
        self.unitID = unitID
        self.unitVersion = unitVersion
        self.phase = phase
        self.respondent = respondent
        self.respondentKey = respondentKey
        self.seed = seed
        self.percent = percent
        self.answers = answers
    }
}

/// One answer of a quiz result.
public struct SyncQuizAnswer: Sendable, Hashable {
    public var uuid: String
    public var questionID: String
    public var objectiveID: String
    public var fraction: Double

    public init(uuid: String, questionID: String, objectiveID: String, fraction: Double) {
        self.uuid = uuid
        self.questionID = questionID
        self.objectiveID = objectiveID
        self.fraction = fraction
    }
}
