import EcoLearn

/// A funder report over a period: counts, grouped tables, breakdowns of people, and knowledge gain.
public struct Report: Sendable, Hashable, Codable {
    /// The first and last day asked for (nil: open).
    public var from: String?
    public var to: String?
    /// First and last event day found in the period.
    public var firstEvent: String?
    public var lastEvent: String?
    public var totals: Counts
    /// One table per `--by` request, in the order asked.
    public var groupings: [Grouping]
    /// People by gender, by age band, by local/international.
    public var breakdowns: [Breakdown]
    /// Knowledge gain per lesson unit.
    public var units: [Gain]
    /// Knowledge gain per objective of each unit.
    public var objectives: [Gain]
    /// Signed local and international participants per event and country, and the events under the thresholds;
    /// only when the request sets `thresholds`.
    public var origins: ReportOrigins?

    /// What was counted for a set of events.
    public struct Counts: Sendable, Hashable, Codable {
        public var events: Int
        /// Sign-ins of listed participants (one person at two events is two attendances).
        public var attendances: Int
        /// Distinct listed participants.
        public var uniqueParticipants: Int
        /// People counted, not listed.
        public var headcount: Int
        /// Attendances plus headcount: every participation.
        public var people: Int { attendances + headcount }

        public init(events: Int = 0, attendances: Int = 0, uniqueParticipants: Int = 0, headcount: Int = 0) {
            self.events = events
            self.attendances = attendances
            self.uniqueParticipants = uniqueParticipants
            self.headcount = headcount
        }

        enum CodingKeys: String, CodingKey {
            case events, attendances, uniqueParticipants = "unique_participants", headcount, people
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(events, forKey: .events)
            try container.encode(attendances, forKey: .attendances)
            try container.encode(uniqueParticipants, forKey: .uniqueParticipants)
            try container.encode(headcount, forKey: .headcount)
            try container.encode(people, forKey: .people)
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            events = try container.decode(Int.self, forKey: .events)
            attendances = try container.decode(Int.self, forKey: .attendances)
            uniqueParticipants = try container.decode(Int.self, forKey: .uniqueParticipants)
            headcount = try container.decode(Int.self, forKey: .headcount)
        }
    }

    /// Counts grouped by one or more dimensions (`--by month`, `--by country+kind`).
    public struct Grouping: Sendable, Hashable, Codable {
        public var dimensions: [ReportDimension]
        public var rows: [Row]

        /// One group: its key (one value per dimension) and counts.
        public struct Row: Sendable, Hashable, Codable {
            public var key: [String]
            public var counts: Counts
        }
    }

    /// People in one dimension (gender, age band, local/international), listed and counted together.
    public struct Breakdown: Sendable, Hashable, Codable {
        public var dimension: String
        public var rows: [Row]

        /// One value of the dimension.
        public struct Row: Sendable, Hashable, Codable {
            public var value: String
            /// Attendances of listed participants with this value.
            public var attendances: Int
            /// Distinct listed participants with this value.
            public var uniqueParticipants: Int
            /// People counted with this value.
            public var headcount: Int

            enum CodingKeys: String, CodingKey {
                case value, attendances, uniqueParticipants = "unique_participants", headcount
            }
        }
    }

    /// Knowledge gain for a unit, or for one objective of a unit, defined as `KnowledgeGain` defines it: means
    /// over matched pairs (the same respondent's pre- and post-test of the unit at one event).
    public struct Gain: Sendable, Hashable, Codable {
        public var unit: String
        /// The objective, for per-objective rows.
        public var objective: String?
        /// Results of each phase (per objective: results with a question on it).
        public var preCount: Int
        public var postCount: Int
        /// Matched pairs the means are taken over.
        public var pairs: Int
        /// Mean percent of the pairs before the lesson, nil without pairs.
        public var meanPre: Double?
        public var meanPost: Double?

        /// Hake's normalised gain (post − pre) / (100 − pre) on the means, as `KnowledgeGain.Gain` computes it;
        /// nil without pairs or when pre is 100.
        public var normalisedGain: Double? {
            guard let meanPre, let meanPost else { return nil }
            return KnowledgeGain.Gain(meanPre: meanPre / 100, meanPost: meanPost / 100).normalisedGain
        }

        enum CodingKeys: String, CodingKey {
            case unit, objective, preCount = "pre_count", postCount = "post_count", pairs, meanPre = "mean_pre"
            case meanPost = "mean_post", normalisedGain = "normalised_gain"
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(unit, forKey: .unit)
            try container.encodeIfPresent(objective, forKey: .objective)
            try container.encode(preCount, forKey: .preCount)
            try container.encode(postCount, forKey: .postCount)
            try container.encode(pairs, forKey: .pairs)
            try container.encode(meanPre, forKey: .meanPre)
            try container.encode(meanPost, forKey: .meanPost)
            try container.encode(normalisedGain, forKey: .normalisedGain)
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            unit = try container.decode(String.self, forKey: .unit)
            objective = try container.decodeIfPresent(String.self, forKey: .objective)
            preCount = try container.decode(Int.self, forKey: .preCount)
            postCount = try container.decode(Int.self, forKey: .postCount)
            pairs = try container.decode(Int.self, forKey: .pairs)
            meanPre = try container.decodeIfPresent(Double.self, forKey: .meanPre)
            meanPost = try container.decodeIfPresent(Double.self, forKey: .meanPost)
        }

        init(unit: String, objective: String?) {
            self.unit = unit
            self.objective = objective
            preCount = 0
            postCount = 0
            pairs = 0
        }
    }
}

/// A dimension reports group events by.
public enum ReportDimension: String, Sendable, Hashable, Codable, CaseIterable {
    case month, town, country, audience, kind, lesson

    /// The accepted spellings, for error messages.
    public static var choices: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// What a report covers and how it is grouped.
public struct ReportRequest: Sendable, Hashable {
    public var filter: EventFilter
    /// One grouping per element; an element with several dimensions crosses them.
    public var groupings: [[ReportDimension]]
    /// When set, the report lists signed participants by origin per event and country (`Report.origins`) and
    /// flags the events under these thresholds.
    public var thresholds: ReportThresholds?

    public init(filter: EventFilter = EventFilter(), groupings: [[ReportDimension]] = [], thresholds: ReportThresholds? = nil) {
        self.filter = filter
        self.groupings = groupings
        self.thresholds = thresholds
    }
}
