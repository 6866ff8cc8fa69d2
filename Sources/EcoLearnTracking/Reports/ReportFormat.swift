import Foundation
import EcoLearn

/// How a report is written.
public enum ReportFormat: String, Sendable, CaseIterable {
    case table, csv, json, html

    /// The accepted spellings, for error messages.
    public static var choices: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// The report rendered in this format.
    public func render(_ report: Report) throws -> String {
        switch self {
        case .table: return ReportTextRenderer(report: report).render()
        case .csv: return ReportCSVRenderer(report: report).render()
        case .json:
            return try StableJSON.encode(report) + "\n"
        case .html: return ReportHTMLRenderer(report: report).render()
        }
    }
}

/// Number formatting shared by the renderers.
enum ReportNumber {
    /// A mean percent with one decimal, or "–" when missing.
    static func percent(_ value: Double?) -> String {
        guard let value else { return "–" }
        return String(format: "%.1f", value)
    }

    /// A normalised gain with two decimals, or "–" when missing.
    static func gain(_ value: Double?) -> String {
        guard let value else { return "–" }
        return String(format: "%.2f", value)
    }

    /// The period a report covers, in words.
    static func period(_ report: Report) -> String {
        let from = report.from ?? report.firstEvent ?? "the beginning"
        let to = report.to ?? report.lastEvent ?? "today"
        return "\(from) to \(to)"
    }
}
