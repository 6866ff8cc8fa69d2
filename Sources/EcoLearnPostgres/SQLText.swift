import EcoLearnTracking
import PostgresNIO

/// An SQL statement being put together with its bound parameters: values only ever travel as parameters (`$1`,
/// `$2`, ...), never inside the text.
struct SQLText {
    var text = ""
    var binds = PostgresBindings()

    init(_ text: String = "") {
        self.text = text
    }

    /// Binds `value` and returns its placeholder.
    mutating func bind<Value: PostgresDynamicTypeEncodable>(_ value: Value) -> String {
        binds.append(value)
        return "$\(binds.count)"
    }

    /// Binds `value` (NULL when nil) and returns its placeholder.
    mutating func bind<Value: PostgresDynamicTypeEncodable>(_ value: Value?) -> String {
        binds.append(value)
        return "$\(binds.count)"
    }

    mutating func append(_ more: String) {
        text += more
    }

    var query: PostgresQuery { PostgresQuery(unsafeSQL: text, binds: binds) }
}

extension EventFilter {
    /// A PostgreSQL condition on `event e`, its values bound into `sql` (`true` when nothing filters). Town and
    /// country compare with ASCII case folded, as SQLite's NOCASE does.
    func condition(_ sql: inout SQLText) -> String {
        var conditions: [String] = []
        if let from { conditions.append("e.date >= \(sql.bind(from.description))::date") }
        if let to { conditions.append("e.date <= \(sql.bind(to.description))::date") }
        if let town { conditions.append("lower(e.town COLLATE \"C\") = lower(\(sql.bind(town)) COLLATE \"C\")") }
        if let country {
            conditions.append("lower(e.country COLLATE \"C\") = lower(\(sql.bind(country)) COLLATE \"C\")")
        }
        if let kind { conditions.append("e.kind = \(sql.bind(kind.rawValue))") }
        return conditions.isEmpty ? "true" : conditions.joined(separator: " AND ")
    }
}
