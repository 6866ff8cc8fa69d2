import ArgumentParser
import EcoLearnTracking
import Foundation

/// `ecolearn report`: the funder report.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report events, people and knowledge gain for a period, as a table, CSV, JSON or printable HTML.",
        discussion: "Without --by, the HTML report groups by month, country, town, kind, audience and lesson.")

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "First day (YYYY-MM-DD or DD.MM.YYYY).") var from: String?
    @Option(help: "Last day (YYYY-MM-DD or DD.MM.YYYY).") var to: String?
    @Option(help: "Only events in this town.") var town: String?
    @Option(help: "Only events in this country.") var country: String?
    @Option(
        name: .customLong("by"),
        help: ArgumentHelp("Group by month, town, country, audience, kind or lesson (repeat; cross with +, e.g. country+kind).", valueName: "dimension"))
    var groupings: [String] = []
    @Option(help: "table, csv, json or html.") var format: String = "table"
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    func validate() throws {
        guard ReportFormat(rawValue: format) != nil else {
            throw ValidationError("--format: expected one of \(ReportFormat.choices), found '\(format)'")
        }
        _ = try dimensions()
    }

    /// The `--by` values read, each a list of dimensions.
    private func dimensions() throws -> [[ReportDimension]] {
        try groupings.map { text in
            try text.split(separator: "+").map { part in
                guard let dimension = ReportDimension(rawValue: part.trimmingCharacters(in: .whitespaces).lowercased()) else {
                    throw ValidationError("--by: expected one of \(ReportDimension.choices), found '\(part)'")
                }
                return dimension
            }
        }
    }

    func run() async throws {
        try await Tracking.run {
            let format = ReportFormat(rawValue: format) ?? .table
            var groupings = try dimensions()
            if groupings.isEmpty, format == .html {
                groupings = [[.month], [.country], [.town], [.kind], [.audience], [.lesson]]
            }
            let filter = EventFilter(
                from: try Tracking.day(from, option: "from"), to: try Tracking.day(to, option: "to"), town: town,
                country: country)
            let report = try await storeOptions.openForReading(libraryOptions)
                .report(ReportRequest(filter: filter, groupings: groupings))
            let text = try format.render(report)
            guard let output else {
                print(text, terminator: "")
                return
            }
            try CommandOutput.write(Array(text.utf8), to: output, library: libraryOptions, db: storeOptions.db)
            print("Wrote \(output)")
        }
    }
}
