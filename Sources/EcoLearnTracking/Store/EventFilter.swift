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

    /// An SQL condition on the table aliased `e`, with its arguments (`1` when nothing filters).
    var sql: (condition: String, arguments: [String]) {
        var conditions: [String] = []
        var arguments: [String] = []
        if let from { conditions.append("e.date >= ?"); arguments.append(from.description) }
        if let to { conditions.append("e.date <= ?"); arguments.append(to.description) }
        if let town { conditions.append("e.town = ? COLLATE NOCASE"); arguments.append(town) }
        if let country { conditions.append("e.country = ? COLLATE NOCASE"); arguments.append(country) }
        if let kind { conditions.append("e.kind = ?"); arguments.append(kind.rawValue) }
        return (conditions.isEmpty ? "1" : conditions.joined(separator: " AND "), arguments)
    }
}
