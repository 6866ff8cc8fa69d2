import Foundation

/// The numbers a backend aggregates for a report, before they are put in order: each backend computes these its own
/// way (SQLite partly in memory, PostgreSQL in the server), and `Report(request:figures:)` turns them into the same
/// report, so the same data gives the same bytes on both.
package struct ReportFigures: Sendable {
    /// First and last event day among the selected events.
    package var firstEvent: String?
    package var lastEvent: String?
    /// Events, attendances, distinct listed participants and headcount of all selected events.
    package var totals = Report.Counts()
    /// Per requested grouping, in the order asked: the counts of each group key.
    package var groupings: [[[String]: Report.Counts]] = []
    /// Listed participants per value of each detail, in `Detail.allCases` order: attendances and distinct people
    /// (a detail nobody wrote down has the value `Report.notRecorded`).
    package var listed: [[String: Tally]] = Detail.allCases.map { _ in [:] }
    /// People counted per value of each detail's headcount dimension, in `Detail.allCases` order.
    package var counted: [[String: Int]] = Detail.allCases.map { _ in [:] }
    /// Quiz results per unit and phase (`objective` nil) and per unit, objective and phase, and the matched pairs of
    /// each (`phase` nil).
    package var gains: [GainFigure] = []
    /// Signed participants by origin per selected event, when the request sets thresholds.
    package var origins: [ReportOrigins.Event] = []

    /// Attendances and distinct listed participants.
    package struct Tally: Sendable, Hashable {
        package var attendances: Int
        package var unique: Int

        package init(attendances: Int, unique: Int) {
            self.attendances = attendances
            self.unique = unique
        }
    }

    /// The participant details people are broken down by, with the headcount dimension matching each.
    package enum Detail: Int, CaseIterable, Sendable {
        case gender, ageBand, origin

        /// The participant column and the headcount dimension (they share the name).
        package var column: String {
            switch self {
            case .gender: return "gender"
            case .ageBand: return "age_band"
            case .origin: return "origin"
            }
        }

        /// The breakdown's title.
        var label: String {
            switch self {
            case .gender: return "gender"
            case .ageBand: return "age band"
            case .origin: return "local/international"
            }
        }
    }

    /// Quiz results of one unit (or of one objective of a unit) in one phase, or, with `phase` nil, its matched
    /// pairs and their mean percents before and after.
    package struct GainFigure: Sendable, Hashable {
        package var unit: String
        package var objective: String?
        package var phase: QuizPhase?
        package var count: Int
        package var meanPre: Double?
        package var meanPost: Double?

        package init(unit: String, objective: String?, phase: QuizPhase?, count: Int, meanPre: Double? = nil, meanPost: Double? = nil) {
            self.unit = unit
            self.objective = objective
            self.phase = phase
            self.count = count
            self.meanPre = meanPre
            self.meanPost = meanPost
        }
    }

    package init() {}
}

extension Report {
    /// The value of a detail nobody wrote down.
    package static let notRecorded = "not recorded"
    /// The lesson group of events without a lesson.
    package static let noLesson = "(no lesson)"

    /// The report for `request` made of a backend's figures: rows in a fixed order, means rounded to nine decimals
    /// (so that sums taken in another order by another database engine give the same bytes).
    package init(request: ReportRequest, figures: ReportFigures) {
        from = request.filter.from?.description
        to = request.filter.to?.description
        firstEvent = figures.firstEvent
        lastEvent = figures.lastEvent
        totals = figures.totals
        groupings = zip(request.groupings, figures.groupings).map { dimensions, counts in
            Grouping(
                dimensions: dimensions,
                rows: counts.map { Grouping.Row(key: $0.key, counts: $0.value) }
                    .sorted { $0.key.lexicographicallyPrecedes($1.key) })
        }
        breakdowns = ReportFigures.Detail.allCases.map { detail in
            Report.breakdown(
                detail, listed: figures.listed[detail.rawValue], counted: figures.counted[detail.rawValue],
                countedTotal: figures.totals.headcount)
        }
        units = Report.gains(figures.gains.filter { $0.objective == nil })
        objectives = Report.gains(figures.gains.filter { $0.objective != nil })
        origins = request.thresholds.map { ReportOrigins(thresholds: $0, events: figures.origins) }
    }

    /// People by one detail: listed participants and the matching headcount dimension; "not recorded" for people
    /// counted without that detail.
    private static func breakdown(
        _ detail: ReportFigures.Detail, listed: [String: ReportFigures.Tally], counted: [String: Int], countedTotal: Int
    ) -> Breakdown {
        var rows: [String: Breakdown.Row] = [:]
        func row(_ value: String) -> Breakdown.Row {
            rows[value] ?? Breakdown.Row(value: value, attendances: 0, uniqueParticipants: 0, headcount: 0)
        }
        for (value, tally) in listed {
            rows[value] = Breakdown.Row(
                value: value, attendances: tally.attendances, uniqueParticipants: tally.unique, headcount: 0)
        }
        var grouped = 0
        for (value, count) in counted {
            var current = row(value)
            current.headcount += count
            rows[value] = current
            grouped += count
        }
        if countedTotal > grouped {
            var current = row(notRecorded)
            current.headcount += countedTotal - grouped
            rows[notRecorded] = current
        }
        let ordered = rows.values.filter { $0.attendances + $0.headcount > 0 }.sorted { a, b in
            if (a.value == notRecorded) != (b.value == notRecorded) { return b.value == notRecorded }
            return a.value.localizedStandardCompare(b.value) == .orderedAscending
        }
        return Breakdown(dimension: detail.label, rows: ordered)
    }

    /// Pre and post figures joined per unit (or unit and objective), ordered by unit then objective.
    private static func gains(_ figures: [ReportFigures.GainFigure]) -> [Gain] {
        var gains: [Gain] = []
        let ordered = figures.sorted { ($0.unit, $0.objective ?? "") < ($1.unit, $1.objective ?? "") }
        for figure in ordered {
            if gains.last?.unit != figure.unit || gains.last?.objective != figure.objective {
                gains.append(Gain(unit: figure.unit, objective: figure.objective))
            }
            func rounded(_ mean: Double?) -> Double? { mean.map { ($0 * 1e9).rounded() / 1e9 } }
            switch figure.phase {
            case .pre?: gains[gains.count - 1].preCount = figure.count
            case .post?: gains[gains.count - 1].postCount = figure.count
            case nil:
                gains[gains.count - 1].pairs = figure.count
                gains[gains.count - 1].meanPre = rounded(figure.meanPre)
                gains[gains.count - 1].meanPost = rounded(figure.meanPost)
            }
        }
        return gains
    }
}
