import Foundation

/// Renders a paper-scoring report as a terminal table, CSV (one row per respondent) or JSON.
public enum ScoreReportFormat: String, Sendable, CaseIterable {
    case table, csv, json

    /// The report in this format, ending in a newline.
    public func render(_ report: PaperScoring.Report, unit: LessonUnit) throws -> String {
        var text: [UInt8] = []
        try write(report, unit: unit) { text += $0 }
        return String(decoding: text, as: UTF8.self)
    }

    /// Writes the report in this format (UTF-8, ending in a newline) to `output`, in pieces of at most a few
    /// megabytes, so a large JSON report is never held whole. Rows are formatted on all cores, in order.
    public func write(_ report: PaperScoring.Report, unit: LessonUnit, to output: ([UInt8]) throws -> Void) throws {
        switch self {
        case .table: try output(table(report, unit: unit))
        case .csv: try csv(report, to: output)
        case .json: try ScoreReportJSON.write(report, to: output)
        }
    }

    private func table(_ report: PaperScoring.Report, unit: LessonUnit) -> [UInt8] {
        let variant = report.variant
        var out = Array(("\(unit.id) v\(unit.version), variant \(variant.code): \(report.results.count) respondents, "
            + "\(variant.questions.count) questions, pass mark \(Self.number(unit.quiz?.passPercent ?? 60))%\n\n").utf8)
        let results = report.results
        let rows = ParallelChunks.map(count: results.count) { range in
            var numbers = NumberCache()
            return range.map { index in
                let result = results[index]
                return [result.respondent, numbers.number(result.total), numbers.number(result.maximum),
                        numbers.percent(result.percent), result.passed ? "pass" : "fail"]
            }
        }
        TextTable(headers: ["respondent", "points", "max", "percent", "result"], rows: rows).write(to: &out)
        out.append(UInt8(ascii: "\n"))
        TextTable(
            headers: ["question", "kind", "facility"],
            rows: zip(variant.questions, report.facility).map { presented, item in
                [item.questionID, presented.question.kind.rawValue, String(format: "%.2f", item.facility)]
            }
        ).write(to: &out)
        if !results.isEmpty {
            let passed = results.filter(\.passed).count
            let mean = results.map(\.percent).reduce(0, +) / Double(results.count)
            out += "\nmean \(String(format: "%.1f", mean))%, passed \(passed) of \(results.count)\n".utf8
        }
        return out
    }

    private func csv(_ report: PaperScoring.Report, to output: ([UInt8]) throws -> Void) throws {
        let ids = report.variant.questions.map(\.question.id)
        var header: [UInt8] = []
        for (index, name) in (["respondent"] + ids + ["points", "max", "percent", "passed"]).enumerated() {
            if index > 0 { header.append(UInt8(ascii: ",")) }
            CSVTable.appendText(name, to: &header)
        }
        header.append(UInt8(ascii: "\n"))
        try output(header)
        let results = report.results
        let chunks = ParallelChunks.map(count: results.count) { range in
            var numbers = NumberCache()
            var text: [UInt8] = []
            text.reserveCapacity(range.count * 64)
            for index in range {
                let result = results[index]
                CSVTable.appendText(result.respondent, to: &text)
                for (position, id) in ids.enumerated() {
                    text.append(UInt8(ascii: ","))
                    if let answer = result.answerIndex(id, expectedAt: position) {
                        CSVTable.appendNumber(numbers.number(result.answers[answer].points), to: &text)
                    }
                }
                let totals = [numbers.number(result.total), numbers.number(result.maximum),
                              numbers.percent(result.percent), result.passed ? "true" : "false"]
                for cell in totals {
                    text.append(UInt8(ascii: ","))
                    CSVTable.appendNumber(cell, to: &text)
                }
                text.append(UInt8(ascii: "\n"))
            }
            return [text]
        }
        for chunk in chunks { try output(chunk) }
    }

    /// Points and percents without needless decimals: `7`, `6.5`, `5.33`.
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return NumberText.format(rounded)
    }

    /// `number` and percents (`%.1f`) of the values met so far: a report repeats a few values many times.
    private struct NumberCache {
        private var numbers: [UInt64: String] = [:]
        private var percents: [UInt64: String] = [:]

        mutating func number(_ value: Double) -> String {
            // Whole numbers print as integers (no rounding can change them); no need to look them up.
            if value == value.rounded(), abs(value) < 1e12 { return String(Int64(value)) }
            if let text = numbers[value.bitPattern] { return text }
            let text = ScoreReportFormat.number(value)
            numbers[value.bitPattern] = text
            return text
        }

        mutating func percent(_ value: Double) -> String {
            if let text = percents[value.bitPattern] { return text }
            let text = String(format: "%.1f", value)
            percents[value.bitPattern] = text
            return text
        }
    }
}
