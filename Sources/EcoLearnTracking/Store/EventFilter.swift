import EcoLearn

/// Which events a listing or a report covers. Empty fields do not filter.
public struct EventFilter: Sendable, Hashable {
    /// First day included.
    public var from: DayDate?
    /// Last day included.
    public var to: DayDate?
    /// Town, compared without regard to case.
    public var town: String?
    /// Country, compared without regard to case.
    public var country: String?
    public var kind: EventKind?

    public init(from: DayDate? = nil, to: DayDate? = nil, town: String? = nil, country: String? = nil, kind: EventKind? = nil) {
        self.from = from
        self.to = to
        self.town = town
        self.country = country
        self.kind = kind
    }
}
