import ArgumentParser
import EcoLearnTracking
import Foundation

/// `ecolearn report`: the funder report. The settings are checked and the report made by the library
/// (`ReportSettings`, `ReportPlan`); this command only reads the options and prints.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report events, people and knowledge gain for a period, as a table, CSV, JSON or printable HTML.",
        discussion: """
            Without --by, the HTML report groups by month, country, town, kind, audience and lesson. \
            --min-participants and --min-international list signed local and international participants per event \
            and per country, and flag the events under those numbers (town twinning: 50 and 25).
            """)

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
    @Option(name: .customLong("lang"), help: "en, lv or tr: the language of the words, dates and numbers.")
    var language: String = "en"
    @Flag(help: "CSV in its stable machine form (English names, commas, decimal points) whatever --lang says.")
    var machine = false
    @Option(parsing: .unconditional, help: ArgumentHelp("Flag events with fewer signed participants.", valueName: "n"))
    var minParticipants: String?
    @Option(parsing: .unconditional, help: ArgumentHelp("Flag events with fewer signed international participants.", valueName: "n"))
    var minInternational: String?
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    func run() async throws {
        let settings = ReportSettings(
            from: from, to: to, town: town, country: country, by: groupings, format: format, language: language,
            machine: machine, minParticipants: minParticipants, minInternational: minInternational)
        let plan: ReportPlan
        do {
            plan = try settings.plan()
        } catch {
            throw ValidationError(error.problems.map { "--\($0.field): \($0.message)" }.joined(separator: "\n"))
        }
        try await Tracking.run {
            let text = try await plan.run(on: storeOptions.openForReading(libraryOptions))
            guard let output else {
                print(text, terminator: "")
                return
            }
            try CommandOutput.write(Array(text.utf8), to: output, library: libraryOptions, db: storeOptions.db)
            print("Wrote \(output)")
        }
    }
}
