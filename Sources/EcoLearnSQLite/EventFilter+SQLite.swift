import EcoLearnTracking

extension EventFilter {
    /// An SQLite condition on the table aliased `e`, with its arguments (`1` when nothing filters).
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
