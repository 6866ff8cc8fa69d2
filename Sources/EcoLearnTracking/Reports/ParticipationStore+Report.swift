import Foundation
import GRDB

extension ParticipationStore {
    /// Builds the report for `request` in one read transaction (a consistent snapshot).
    public func report(_ request: ReportRequest) throws -> Report {
        try pool.read { db in
            let (condition, arguments) = request.filter.sql
            let filter = ReportQuery(condition: condition, arguments: StatementArguments(arguments))
            let span = try Row.fetchOne(db, sql: "SELECT MIN(e.date), MAX(e.date) FROM event e WHERE \(condition)", arguments: filter.arguments)
            let totals = try filter.groups([], db)[[]] ?? Report.Counts()
            var groupings: [Report.Grouping] = []
            for dimensions in request.groupings {
                let rows = try filter.groups(dimensions, db)
                    .map { Report.Grouping.Row(key: $0.key, counts: $0.value) }
                    .sorted { $0.key.lexicographicallyPrecedes($1.key) }
                groupings.append(Report.Grouping(dimensions: dimensions, rows: rows))
            }
            return Report(
                from: request.filter.from?.description, to: request.filter.to?.description,
                firstEvent: span?[0], lastEvent: span?[1], totals: totals, groupings: groupings,
                breakdowns: try [("gender", "gender"), ("age band", "age_band"), ("local/international", "origin")]
                    .map { try filter.breakdown(label: $0.0, column: $0.1, db) },
                units: try filter.gains(perObjective: false, db),
                objectives: try filter.gains(perObjective: true, db))
        }
    }
}

/// The report's SQL, over the events a filter selects.
struct ReportQuery {
    /// A condition on `event e`.
    var condition: String
    var arguments: StatementArguments

    /// Counts per group of `dimensions` (one group with an empty key when there are none).
    func groups(_ dimensions: [ReportDimension], _ db: Database) throws -> [[String]: Report.Counts] {
        let keys = dimensions.map(\.sql)
        let select = keys.isEmpty ? "" : keys.joined(separator: ", ") + ", "
        let groupBy = keys.isEmpty ? "" : "GROUP BY " + keys.joined(separator: ", ")
        let lessons = dimensions.contains(.lesson) ? "LEFT JOIN event_lesson el ON el.event_id = e.id" : ""
        var result: [[String]: Report.Counts] = [:]
        func key(_ row: Row) -> [String] { (0..<keys.count).map { row[$0] ?? "" } }
        for row in try Row.fetchAll(db, sql: """
            SELECT \(select)COUNT(DISTINCT e.id) FROM event e \(lessons) WHERE \(condition) \(groupBy)
            """, arguments: arguments) {
            result[key(row), default: Report.Counts()].events = row[keys.count]
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT \(select)COUNT(*), COUNT(DISTINCT a.participant_id) FROM event e \(lessons)
            JOIN attendance a ON a.event_id = e.id WHERE \(condition) \(groupBy)
            """, arguments: arguments) {
            result[key(row), default: Report.Counts()].attendances = row[keys.count]
            result[key(row), default: Report.Counts()].uniqueParticipants = row[keys.count + 1]
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT \(select)COALESCE(SUM(h.count), 0) FROM event e \(lessons)
            JOIN headcount h ON h.event_id = e.id AND h.dimension = 'total' WHERE \(condition) \(groupBy)
            """, arguments: arguments) {
            result[key(row), default: Report.Counts()].headcount = row[keys.count]
        }
        return result
    }

    /// People by one participant column and the matching headcount dimension; "not recorded" for the rest.
    func breakdown(label: String, column: String, _ db: Database) throws -> Report.Breakdown {
        var rows: [String: Report.Breakdown.Row] = [:]
        let unknown = "not recorded"
        func row(_ value: String) -> Report.Breakdown.Row {
            rows[value] ?? Report.Breakdown.Row(value: value, attendances: 0, uniqueParticipants: 0, headcount: 0)
        }
        for entry in try Row.fetchAll(db, sql: """
            SELECT COALESCE(p.\(column), '\(unknown)'), COUNT(*), COUNT(DISTINCT p.id)
            FROM event e JOIN attendance a ON a.event_id = e.id JOIN participant p ON p.id = a.participant_id
            WHERE \(condition) GROUP BY 1
            """, arguments: arguments) {
            var current = row(entry[0])
            current.attendances = entry[1]
            current.uniqueParticipants = entry[2]
            rows[current.value] = current
        }
        var grouped = 0
        for entry in try Row.fetchAll(db, sql: """
            SELECT h.value, SUM(h.count) FROM event e JOIN headcount h ON h.event_id = e.id
            WHERE \(condition) AND h.dimension = '\(column)' GROUP BY 1
            """, arguments: arguments) {
            var current = row(entry[0])
            current.headcount += entry[1] as Int
            grouped += entry[1] as Int
            rows[current.value] = current
        }
        let counted = try Int.fetchOne(db, sql: """
            SELECT COALESCE(SUM(h.count), 0) FROM event e JOIN headcount h ON h.event_id = e.id
            WHERE \(condition) AND h.dimension = 'total'
            """, arguments: arguments) ?? 0
        if counted > grouped {
            var current = row(unknown)
            current.headcount += counted - grouped
            rows[unknown] = current
        }
        let ordered = rows.values.filter { $0.attendances + $0.headcount > 0 }.sorted { a, b in
            if (a.value == unknown) != (b.value == unknown) { return b.value == unknown }
            return a.value.localizedStandardCompare(b.value) == .orderedAscending
        }
        return Report.Breakdown(dimension: label, rows: ordered)
    }

    /// Pre and post means per unit, or per unit and objective.
    func gains(perObjective: Bool, _ db: Database) throws -> [Report.Gain] {
        let sql = perObjective
            ? """
                SELECT r.unit_id, qa.objective_id, r.phase, COUNT(*), AVG(qa.fraction) * 100
                FROM event e JOIN quiz_result r ON r.event_id = e.id JOIN quiz_answer qa ON qa.result_id = r.id
                WHERE \(condition) GROUP BY 1, 2, 3 ORDER BY 1, 2
                """
            : """
                SELECT r.unit_id, NULL, r.phase, COUNT(*), AVG(r.percent)
                FROM event e JOIN quiz_result r ON r.event_id = e.id
                WHERE \(condition) GROUP BY 1, 3 ORDER BY 1
                """
        var gains: [Report.Gain] = []
        for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
            let unit: String = row[0]
            let objective: String? = row[1]
            if gains.last?.unit != unit || gains.last?.objective != objective {
                gains.append(Report.Gain(unit: unit, objective: objective))
            }
            let phase: String = row[2]
            if phase == QuizPhase.pre.rawValue {
                gains[gains.count - 1].preCount = row[3]
                gains[gains.count - 1].meanPre = row[4]
            } else {
                gains[gains.count - 1].postCount = row[3]
                gains[gains.count - 1].meanPost = row[4]
            }
        }
        return gains
    }
}
