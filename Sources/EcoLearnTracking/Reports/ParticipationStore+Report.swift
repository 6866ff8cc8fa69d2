import Foundation
import GRDB

extension ParticipationStore {
    /// Builds the report for `request` in one read transaction (a consistent snapshot).
    public func report(_ request: ReportRequest) throws -> Report {
        try read { db in
            let (condition, arguments) = request.filter.sql
            let filter = ReportQuery(condition: condition, arguments: StatementArguments(arguments))
            let span = try Row.fetchOne(db, sql: "SELECT MIN(e.date), MAX(e.date) FROM event e WHERE \(condition)", arguments: filter.arguments)
            let tally = try AttendanceTally(filter, groupings: request.groupings, db)
            let listed = try filter.listedPeople(tally.perParticipant, db)
            var totals = try filter.groups([], attendance: [:], db)[[]] ?? Report.Counts()
            totals.attendances = listed.attendances
            totals.uniqueParticipants = listed.unique
            var groupings: [Report.Grouping] = []
            for (dimensions, attendance) in zip(request.groupings, tally.groups) {
                let rows = try filter.groups(dimensions, attendance: attendance, db)
                    .map { Report.Grouping.Row(key: $0.key, counts: $0.value) }
                    .sorted { $0.key.lexicographicallyPrecedes($1.key) }
                groupings.append(Report.Grouping(dimensions: dimensions, rows: rows))
            }
            return Report(
                from: request.filter.from?.description, to: request.filter.to?.description,
                firstEvent: span?[0], lastEvent: span?[1], totals: totals, groupings: groupings,
                breakdowns: try [("gender", 0, "gender"), ("age band", 1, "age_band"), ("local/international", 2, "origin")]
                    .map { try filter.breakdown(label: $0.0, listed: listed.byDetail[$0.1], dimension: $0.2, db) },
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

    /// Listed participants at the selected events: attendances, distinct people, and both per value of each
    /// detail (gender, age band, origin).
    struct ListedPeople {
        var attendances = 0
        var unique = 0
        /// For gender, age band, origin: value -> (attendances, unique participants).
        var byDetail: [[String: (attendances: Int, unique: Int)]] = [[:], [:], [:]]
    }

    /// Adds up the attendances per participant (from `AttendanceTally`) by each participant's details.
    func listedPeople(_ perParticipant: [Int64: Int], _ db: Database) throws -> ListedPeople {
        var listed = ListedPeople()
        guard !perParticipant.isEmpty else { return listed }
        let rows = try Row.fetchCursor(db, sql: "SELECT id, gender, age_band, origin FROM participant")
        while let row = try rows.next() {
            guard let count = perParticipant[row[0]] else { continue }
            listed.attendances += count
            listed.unique += 1
            for detail in 0..<3 {
                let value: String = row[detail + 1] ?? ReportQuery.unknown
                listed.byDetail[detail][value, default: (0, 0)].attendances += count
                listed.byDetail[detail][value, default: (0, 0)].unique += 1
            }
        }
        return listed
    }

    /// The value of a detail nobody wrote down.
    static let unknown = "not recorded"

    /// Counts per group of `dimensions` (one group with an empty key when there are none), with the attendances
    /// counted by `AttendanceTally` for the same groups.
    func groups(
        _ dimensions: [ReportDimension], attendance: [[String]: (attendances: Int, unique: Int)], _ db: Database
    ) throws -> [[String]: Report.Counts] {
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
        for (key, counts) in attendance {
            result[key, default: Report.Counts()].attendances = counts.attendances
            result[key, default: Report.Counts()].uniqueParticipants = counts.unique
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT \(select)COALESCE(SUM(h.count), 0) FROM event e \(lessons)
            JOIN headcount h ON h.event_id = e.id AND h.dimension = 'total' WHERE \(condition) \(groupBy)
            """, arguments: arguments) {
            result[key(row), default: Report.Counts()].headcount = row[keys.count]
        }
        return result
    }

    /// People by one detail: listed participants (counted by `listedPeople`) and the matching headcount
    /// dimension; "not recorded" for the rest.
    func breakdown(
        label: String, listed: [String: (attendances: Int, unique: Int)], dimension column: String, _ db: Database
    ) throws -> Report.Breakdown {
        var rows: [String: Report.Breakdown.Row] = [:]
        let unknown = ReportQuery.unknown
        func row(_ value: String) -> Report.Breakdown.Row {
            rows[value] ?? Report.Breakdown.Row(value: value, attendances: 0, uniqueParticipants: 0, headcount: 0)
        }
        for (value, counts) in listed {
            rows[value] = Report.Breakdown.Row(
                value: value, attendances: counts.attendances, uniqueParticipants: counts.unique, headcount: 0)
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
