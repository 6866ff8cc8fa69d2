import Foundation
import EcoLearn

/// How a report is written.
public enum ReportFormat: String, Sendable, CaseIterable {
    case table, csv, json, html

    /// The accepted spellings, for error messages.
    public static var choices: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// The report rendered in this format, its words, dates and numbers in `language` (JSON is data: the same in
    /// every language). `machine` keeps a CSV in its stable English form whatever the language.
    public func render(_ report: Report, language: ReportLanguage = .en, machine: Bool = false) throws -> String {
        let words = ReportWords(language: language)
        switch self {
        case .table: return ReportTextRenderer(report: report, words: words).render()
        case .csv: return ReportCSVRenderer(report: report, words: words, machine: machine).render()
        case .json:
            return try StableJSON.encode(report) + "\n"
        case .html: return ReportHTMLRenderer(report: report, words: words).render()
        }
    }
}
