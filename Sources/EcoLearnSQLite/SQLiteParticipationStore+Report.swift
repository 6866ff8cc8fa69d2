import EcoLearnTracking
import Foundation
import GRDB

extension SQLiteParticipationStore {
    /// Builds the report for `request` in one read transaction (a consistent snapshot).
    public func report(_ request: ReportRequest) throws -> Report {
        try read { db in
            let (condition, arguments) = request.filter.sql
            let query = ReportQuery(condition: condition, arguments: StatementArguments(arguments))
            var figures = try query.figures(request.groupings, db)
            if request.thresholds != nil { figures.origins = try query.origins(db) }
            return Report(request: request, figures: figures)
        }
    }
}

extension ReportDimension {
    /// The SQLite expression for the dimension over `event e` (and `event_lesson el` for lessons).
    var sql: String {
        switch self {
        case .month: return "substr(e.date, 1, 7)"
        case .town: return "e.town"
        case .country: return "e.country"
        case .audience: return "e.audience"
        case .kind: return "e.kind"
        case .lesson: return "COALESCE(el.unit_id, '\(Report.noLesson)')"
        }
    }
}

/// The report's SQL, over the events a filter selects.
struct ReportQuery {
    /// A condition on `event e`.
    var condition: String
    var arguments: StatementArguments

    /// Every figure of the report: attendances counted in one pass by `AttendanceTally`, the rest in SQL.
    func figures(_ groupings: [[ReportDimension]], _ db: Database) throws -> ReportFigures {
        var figures = ReportFigures()
        let span = try Row.fetchOne(db, sql: "SELECT MIN(e.date), MAX(e.date) FROM event e WHERE \(condition)", arguments: arguments)
        figures.firstEvent = span?[0]
        figures.lastEvent = span?[1]
        let tally = try AttendanceTally(self, groupings: groupings, db)
        let listed = try listedPeople(tally.perParticipant, db)
        figures.totals = try groups([], attendance: [:], db)[[]] ?? Report.Counts()
        figures.totals.attendances = listed.attendances
        figures.totals.uniqueParticipants = listed.unique
        figures.listed = listed.byDetail
        figures.groupings = try zip(groupings, tally.groups).map { try groups($0, attendance: $1, db) }
        for row in try Row.fetchAll(db, sql: """
            SELECT h.dimension, h.value, SUM(h.count) FROM event e JOIN headcount h ON h.event_id = e.id
            WHERE \(condition) AND h.dimension <> 'total' GROUP BY 1, 2
            """, arguments: arguments) {
            guard let detail = ReportFigures.Detail.allCases.first(where: { $0.column == row[0] as String }) else { continue }
            figures.counted[detail.rawValue][row[1]] = row[2] as Int
        }
        figures.gains = try gains(db)
        return figures
    }

    /// Listed participants at the selected events: attendances, distinct people, and both per value of each
    /// detail (gender, age band, origin).
    struct ListedPeople {
        var attendances = 0
        var unique = 0
        var byDetail: [[String: ReportFigures.Tally]] = ReportFigures.Detail.allCases.map { _ in [:] }
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
            for detail in ReportFigures.Detail.allCases {
                let value: String = row[detail.rawValue + 1] ?? Report.notRecorded
                listed.byDetail[detail.rawValue][value, default: .init(attendances: 0, unique: 0)].attendances += count
                listed.byDetail[detail.rawValue][value, default: .init(attendances: 0, unique: 0)].unique += 1
            }
        }
        return listed
    }

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

    /// Signed participants by origin at each selected event (events nobody signed in at too).
    func origins(_ db: Database) throws -> [ReportOrigins.Event] {
        try Row.fetchAll(db, sql: """
            SELECT e.id, e.code, e.date, e.town, e.country,
                COUNT(CASE WHEN p.origin = 'local' THEN 1 END), COUNT(CASE WHEN p.origin = 'international' THEN 1 END),
                COUNT(CASE WHEN p.id IS NOT NULL AND p.origin IS NULL THEN 1 END)
            FROM event e LEFT JOIN attendance a ON a.event_id = e.id LEFT JOIN participant p ON p.id = a.participant_id
            WHERE \(condition) GROUP BY e.id
            """, arguments: arguments).map { row in
            ReportOrigins.Event(
                reference: row[1] ?? String(row[0] as Int64), date: row[2], town: row[3], country: row[4],
                signed: ReportOrigins.Signed(local: row[5], international: row[6], notRecorded: row[7]))
        }
    }

    /// Results per unit and phase, and per unit, objective and phase; matched pairs (the same respondent key's pre-
    /// and post-test of a unit at one event) per unit and per unit and objective, with their mean percents. A
    /// respondent's objective score is the mean fraction of their answers on it, clamped to 0...1 (as
    /// `KnowledgeGain.score` computes it).
    func gains(_ db: Database) throws -> [ReportFigures.GainFigure] {
        let sql = """
            WITH r AS (
                SELECT q.id, q.event_id, q.unit_id, q.phase, q.respondent_key, q.percent
                FROM event e JOIN quiz_result q ON q.event_id = e.id WHERE \(condition)
            ),
            score AS (
                SELECT qa.result_id, qa.objective_id, MAX(0.0, MIN(1.0, AVG(qa.fraction))) AS score
                FROM quiz_answer qa WHERE qa.result_id IN (SELECT id FROM r) GROUP BY 1, 2
            ),
            pair AS (
                SELECT b.unit_id, b.id AS pre_id, a.id AS post_id, b.percent AS pre, a.percent AS post
                FROM r b JOIN r a ON a.event_id = b.event_id AND a.unit_id = b.unit_id
                    AND a.respondent_key = b.respondent_key AND a.phase = 'post'
                WHERE b.phase = 'pre'
            )
            SELECT unit_id, NULL, phase, COUNT(*), NULL, NULL FROM r GROUP BY 1, 3
            UNION ALL
            SELECT r.unit_id, s.objective_id, r.phase, COUNT(*), NULL, NULL FROM r JOIN score s ON s.result_id = r.id
            GROUP BY 1, 2, 3
            UNION ALL
            SELECT unit_id, NULL, NULL, COUNT(*), AVG(pre), AVG(post) FROM pair GROUP BY 1
            UNION ALL
            SELECT p.unit_id, b.objective_id, NULL, COUNT(*), AVG(b.score) * 100, AVG(a.score) * 100
            FROM pair p JOIN score b ON b.result_id = p.pre_id
                JOIN score a ON a.result_id = p.post_id AND a.objective_id = b.objective_id
            GROUP BY 1, 2
            """
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            ReportFigures.GainFigure(
                unit: row[0], objective: row[1], phase: (row[2] as String?).flatMap(QuizPhase.init(rawValue:)),
                count: row[3], meanPre: row[4], meanPost: row[5])
        }
    }
}
