/// What town-twinning funders count: signed participants (listed people signed in at an event), local and invited
/// international ones apart, per event and per country of the event, and the events under the project's thresholds
/// (the CERV town-twinning rule: at least 50 participants, at least 25 of them invited from abroad).
public struct ReportOrigins: Sendable, Hashable, Codable {
    /// The thresholds the events were checked against.
    public var thresholds: ReportThresholds
    /// Every selected event, by day, then as stored.
    public var events: [Event]
    /// The events' signed participants added up per country of the event, countries in alphabetical order.
    public var countries: [Country]

    /// Signed participants by origin. Headcounts (people counted, not listed) never count here: they signed nothing.
    public struct Signed: Sendable, Hashable, Codable {
        public var local: Int
        public var international: Int
        /// Signed participants whose origin nobody wrote down.
        public var notRecorded: Int
        public var total: Int { local + international + notRecorded }

        public init(local: Int = 0, international: Int = 0, notRecorded: Int = 0) {
            self.local = local
            self.international = international
            self.notRecorded = notRecorded
        }

        enum CodingKeys: String, CodingKey { case local, international, notRecorded = "not_recorded" }
    }

    /// One event and who signed in at it.
    public struct Event: Sendable, Hashable, Codable {
        /// The event's code, or its number.
        public var reference: String
        public var date: String
        public var town: String
        public var country: String
        public var signed: Signed
        /// The thresholds this event falls under (empty: it meets them all).
        public var shortfalls: [ReportThresholds.Kind]

        package init(reference: String, date: String, town: String, country: String, signed: Signed) {
            self.reference = reference
            self.date = date
            self.town = town
            self.country = country
            self.signed = signed
            shortfalls = []
        }
    }

    /// One country's events and their signed participants.
    public struct Country: Sendable, Hashable, Codable {
        public var country: String
        public var events: Int
        /// Signatures at its events (a person at two events counts twice, as funders count per event).
        public var signed: Signed
        /// Its events under a threshold.
        public var eventsUnder: Int

        enum CodingKeys: String, CodingKey { case country, events, signed, eventsUnder = "events_under" }
    }

    /// The events that fall under a threshold, in `events` order.
    public var under: [Event] { events.filter { !$0.shortfalls.isEmpty } }

    /// The section for `events` (from a backend, in any order): events ordered, checked and added up per country.
    package init(thresholds: ReportThresholds, events: [Event]) {
        self.thresholds = thresholds
        self.events = events.sorted { ($0.date, $0.reference) < ($1.date, $1.reference) }.map { event in
            var event = event
            event.shortfalls = thresholds.shortfalls(of: event.signed)
            return event
        }
        var countries: [String: Country] = [:]
        for event in self.events {
            var country = countries[event.country]
                ?? Country(country: event.country, events: 0, signed: Signed(), eventsUnder: 0)
            country.events += 1
            country.signed.local += event.signed.local
            country.signed.international += event.signed.international
            country.signed.notRecorded += event.signed.notRecorded
            country.eventsUnder += event.shortfalls.isEmpty ? 0 : 1
            countries[event.country] = country
        }
        self.countries = countries.values.sorted { $0.country < $1.country }
    }
}

/// The least a funder accepts of one event; a threshold not set is not checked.
public struct ReportThresholds: Sendable, Hashable, Codable {
    /// Signed participants in all.
    public var minParticipants: Int?
    /// Signed international participants.
    public var minInternational: Int?

    /// A threshold an event can fall under.
    public enum Kind: String, Sendable, Hashable, Codable {
        case participants, international
    }

    public init(minParticipants: Int? = nil, minInternational: Int? = nil) {
        self.minParticipants = minParticipants
        self.minInternational = minInternational
    }

    enum CodingKeys: String, CodingKey { case minParticipants = "min_participants", minInternational = "min_international" }

    /// The thresholds `signed` falls under.
    func shortfalls(of signed: ReportOrigins.Signed) -> [Kind] {
        var kinds: [Kind] = []
        if let minParticipants, signed.total < minParticipants { kinds.append(.participants) }
        if let minInternational, signed.international < minInternational { kinds.append(.international) }
        return kinds
    }
}
