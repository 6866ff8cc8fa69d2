import EcoLearnTracking
import PostgresNIO

extension PostgresParticipationStore {
    /// Builds the report for `request` from one snapshot, every figure aggregated by the server: only group counts
    /// travel, never attendance rows.
    public func report(_ request: ReportRequest) async throws -> Report {
        let figures = try await snapshot { connection in
            let query = PostgresReportQuery(filter: request.filter, connection: connection)
            var figures = try await query.figures(request.groupings)
            if request.thresholds != nil { figures.origins = try await query.origins() }
            return figures
        }
        return Report(request: request, figures: figures)
    }
}

extension ReportDimension {
    /// The PostgreSQL expression for the dimension over `event e` (and `event_lesson el` for lessons).
    var postgresSQL: String {
        switch self {
        case .month: return "to_char(e.date, 'YYYY-MM')"
        case .town: return "e.town"
        case .country: return "e.country"
        case .audience: return "e.audience"
        case .kind: return "e.kind"
        case .lesson: return "COALESCE(el.unit_id, '\(Report.noLesson)')"
        }
    }
}

/// The report's SQL on PostgreSQL, over the events a filter selects.
struct PostgresReportQuery {
    var filter: EventFilter
    var connection: PostgresConnection

    /// A statement over the selected events: `body` gets the filter's condition, its values bound in the statement.
    private func statement(_ body: (String) -> String) -> SQLText {
        var sql = SQLText()
        let condition = filter.condition(&sql)
        sql.append(body(condition))
        return sql
    }

    func figures(_ groupings: [[ReportDimension]]) async throws -> ReportFigures {
        var figures = ReportFigures()
        let span = statement {
            "SELECT to_char(min(e.date), 'YYYY-MM-DD'), to_char(max(e.date), 'YYYY-MM-DD') FROM event e WHERE \($0)"
        }
        if let (first, last) = try await connection.rows(span, as: String?.self, String?.self).first {
            figures.firstEvent = first
            figures.lastEvent = last
        }
        figures.totals = try await groups([])[[]] ?? Report.Counts()
        figures.groupings = []
        for dimensions in groupings { figures.groupings.append(try await groups(dimensions)) }
        for detail in ReportFigures.Detail.allCases {
            let listed = statement {
                """
                SELECT COALESCE(p.\(detail.column), '\(Report.notRecorded)'), count(*), count(DISTINCT p.id)
                FROM event e JOIN attendance a ON a.event_id = e.id JOIN participant p ON p.id = a.participant_id
                WHERE \($0) GROUP BY 1
                """
            }
            for (value, attendances, unique) in try await connection.rows(listed, as: String.self, Int.self, Int.self) {
                figures.listed[detail.rawValue][value] = ReportFigures.Tally(attendances: attendances, unique: unique)
            }
        }
        let counted = statement {
            """
            SELECT h.dimension, h.value, sum(h.count) FROM event e JOIN headcount h ON h.event_id = e.id
            WHERE \($0) AND h.dimension <> 'total' GROUP BY 1, 2
            """
        }
        for (dimension, value, count) in try await connection.rows(counted, as: String.self, String.self, Int.self) {
            guard let detail = ReportFigures.Detail.allCases.first(where: { $0.column == dimension }) else { continue }
            figures.counted[detail.rawValue][value] = count
        }
        let gains = statement {
            """
            WITH r AS (
                SELECT q.id, q.event_id, q.unit_id, q.phase, q.respondent_key, q.percent
                FROM event e JOIN quiz_result q ON q.event_id = e.id WHERE \($0)
            ),
            score AS (
                SELECT qa.result_id, qa.objective_id, greatest(0, least(1, avg(qa.fraction))) AS score
                FROM quiz_answer qa WHERE qa.result_id IN (SELECT id FROM r) GROUP BY 1, 2
            ),
            pair AS (
                SELECT b.unit_id, b.id AS pre_id, a.id AS post_id, b.percent AS pre, a.percent AS post
                FROM r b JOIN r a ON a.event_id = b.event_id AND a.unit_id = b.unit_id
                    AND a.respondent_key = b.respondent_key AND a.phase = 'post'
                WHERE b.phase = 'pre'
            )
            SELECT unit_id, NULL::text, phase, count(*), NULL::float8, NULL::float8 FROM r GROUP BY 1, 3
            UNION ALL
            SELECT r.unit_id, s.objective_id, r.phase, count(*), NULL, NULL FROM r JOIN score s ON s.result_id = r.id
            GROUP BY 1, 2, 3
            UNION ALL
            SELECT unit_id, NULL, NULL, count(*), avg(pre), avg(post) FROM pair GROUP BY 1
            UNION ALL
            SELECT p.unit_id, b.objective_id, NULL, count(*), avg(b.score) * 100, avg(a.score) * 100
            FROM pair p JOIN score b ON b.result_id = p.pre_id
                JOIN score a ON a.result_id = p.post_id AND a.objective_id = b.objective_id
            GROUP BY 1, 2
            """
        }
        for (unit, objective, phase, count, meanPre, meanPost) in try await connection.rows(
            gains, as: String.self, String?.self, String?.self, Int.self, Double?.self, Double?.self)
        {
            figures.gains.append(ReportFigures.GainFigure(
                unit: unit, objective: objective, phase: phase.flatMap(QuizPhase.init(rawValue:)), count: count,
                meanPre: meanPre, meanPost: meanPost))
        }
        return figures
    }

    /// Signed participants by origin at each selected event (events nobody signed in at too), counted by the server.
    func origins() async throws -> [ReportOrigins.Event] {
        let query = statement {
            """
            SELECT e.id, e.code, to_char(e.date, 'YYYY-MM-DD'), e.town, e.country,
                count(CASE WHEN p.origin = 'local' THEN 1 END), count(CASE WHEN p.origin = 'international' THEN 1 END),
                count(CASE WHEN p.id IS NOT NULL AND p.origin IS NULL THEN 1 END)
            FROM event e LEFT JOIN attendance a ON a.event_id = e.id LEFT JOIN participant p ON p.id = a.participant_id
            WHERE \($0) GROUP BY e.id
            """
        }
        return try await connection.rows(
            query, as: Int64.self, String?.self, String.self, String.self, String.self, Int.self, Int.self, Int.self
        ).map { id, code, date, town, country, local, international, notRecorded in
            ReportOrigins.Event(
                reference: code ?? String(id), date: date, town: town, country: country,
                signed: ReportOrigins.Signed(local: local, international: international, notRecorded: notRecorded))
        }
    }

    /// Counts per group of `dimensions` (one group with an empty key when there are none): events, attendances,
    /// distinct listed participants and headcount, each aggregated by the server.
    private func groups(_ dimensions: [ReportDimension]) async throws -> [[String]: Report.Counts] {
        let keys = dimensions.map(\.postgresSQL)
        let lessons = dimensions.contains(.lesson) ? "LEFT JOIN event_lesson el ON el.event_id = e.id" : ""
        let selected = (["e.id"] + keys.enumerated().map { "\($0.element) AS k\($0.offset)" }).joined(separator: ", ")
        let groupKeys = keys.indices.map { "s.k\($0)" }
        let groupBy = groupKeys.isEmpty ? "" : "GROUP BY " + groupKeys.joined(separator: ", ")
        let keyArray = groupKeys.isEmpty ? "ARRAY[]::text[]" : "ARRAY[\(groupKeys.joined(separator: ", "))]"
        var result: [[String]: Report.Counts] = [:]
        for (part, select) in [
            ("e", "SELECT \(keyArray), count(DISTINCT s.id), 0 FROM s \(groupBy)"),
            ("a", "SELECT \(keyArray), count(*), count(DISTINCT a.participant_id) FROM s JOIN attendance a ON a.event_id = s.id \(groupBy)"),
            ("h", "SELECT \(keyArray), COALESCE(sum(h.count), 0), 0 FROM s JOIN headcount h ON h.event_id = s.id AND h.dimension = 'total' \(groupBy)"),
        ] {
            let query = statement { "WITH s AS (SELECT \(selected) FROM event e \(lessons) WHERE \($0)) \(select)" }
            for (key, first, second) in try await connection.rows(query, as: [String].self, Int.self, Int.self) {
                let groupKey = key
                switch part {
                case "e": result[groupKey, default: Report.Counts()].events = first
                case "a":
                    result[groupKey, default: Report.Counts()].attendances = first
                    result[groupKey, default: Report.Counts()].uniqueParticipants = second
                default: result[groupKey, default: Report.Counts()].headcount = first
                }
            }
        }
        return result
    }
}
