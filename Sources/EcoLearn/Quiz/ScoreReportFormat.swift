import Foundation

/// Renders a paper-scoring report as a terminal table, CSV (one row per respondent) or JSON.
public enum ScoreReportFormat: String, Sendable, CaseIterable {
    case table, csv, json

    /// The report in this format, ending in a newline.
    public func render(_ report: PaperScoring.Report, unit: LessonUnit) throws -> String {
        switch self {
        case .table: return table(report, unit: unit)
        case .csv: return csv(report)
        case .json: return try json(report)
        }
    }

    private func table(_ report: PaperScoring.Report, unit: LessonUnit) -> String {
        let variant = report.variant
        var out = "\(unit.id) v\(unit.version), variant \(variant.code): \(report.results.count) respondents, "
            + "\(variant.questions.count) questions, pass mark \(Self.number(unit.quiz?.passPercent ?? 60))%\n\n"
        out += TextTable(
            headers: ["respondent", "points", "max", "percent", "result"],
            rows: report.results.map { result in
                [result.respondent, Self.number(result.total), Self.number(result.maximum),
                 String(format: "%.1f", result.percent), result.passed ? "pass" : "fail"]
            }
        ).render()
        out += "\n"
        out += TextTable(
            headers: ["question", "kind", "facility"],
            rows: zip(variant.questions, report.facility).map { presented, item in
                [item.questionID, presented.question.kind.rawValue, String(format: "%.2f", item.facility)]
            }
        ).render()
        if !report.results.isEmpty {
            let passed = report.results.filter(\.passed).count
            let mean = report.results.map(\.percent).reduce(0, +) / Double(report.results.count)
            out += "\nmean \(String(format: "%.1f", mean))%, passed \(passed) of \(report.results.count)\n"
        }
        return out
    }

    private func csv(_ report: PaperScoring.Report) -> String {
        let ids = report.variant.questions.map(\.question.id)
        var rows = [["respondent"] + ids + ["points", "max", "percent", "passed"]]
        for result in report.results {
            let points = ids.map { id in result.answer(id).map { Self.number($0.points) } ?? "" }
            rows.append(
                [result.respondent] + points
                    + [Self.number(result.total), Self.number(result.maximum), String(format: "%.1f", result.percent),
                       result.passed ? "true" : "false"])
        }
        return CSVTable.format(rows)
    }

    private struct JSONReport: Encodable {
        struct Facility: Encodable {
            var question: String
            var facility: Double
        }
        var unit: String
        var version: Int
        var variant: String
        var seed: UInt64?
        var results: [QuizResult]
        var facility: [Facility]
    }

    private func json(_ report: PaperScoring.Report) throws -> String {
        let value = JSONReport(
            unit: report.variant.unitID, version: report.variant.unitVersion, variant: report.variant.code,
            seed: report.variant.isShuffled ? report.variant.seed : nil, results: report.results,
            facility: report.facility.map { JSONReport.Facility(question: $0.questionID, facility: $0.facility) })
        return try QuizJSON.encode(value) + "\n"
    }

    /// Points and percents without needless decimals: `7`, `6.5`, `5.33`.
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return NumberText.format(rounded)
    }
}

/// The JSON form of quiz values: pretty, sorted keys, stable output.
public enum QuizJSON {
    /// `value` as pretty-printed JSON with sorted keys.
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
