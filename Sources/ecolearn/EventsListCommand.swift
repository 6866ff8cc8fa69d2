import ArgumentParser
import EcoLearn
import EcoLearnTracking
import Foundation

/// `ecolearn events list`: the recorded events, with filters.
struct EventsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List recorded events, with filters.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "First day (YYYY-MM-DD or DD.MM.YYYY).") var from: String?
    @Option(help: "Last day (YYYY-MM-DD or DD.MM.YYYY).") var to: String?
    @Option var town: String?
    @Option var country: String?
    @Option(help: "lesson, seminar, workshop, study-visit or public-action.") var kind: EventKind?
    @Option(help: "table or json.") var format: Format = .table

    func run() async throws {
        try await Tracking.run {
            let filter = EventFilter(
                from: try Tracking.day(from, option: "from"), to: try Tracking.day(to, option: "to"), town: town,
                country: country, kind: kind)
            let events = try await storeOptions.openForReading(libraryOptions).events(filter)
            switch format {
            case .json:
                try Terminal.printJSON(events)
            case .table:
                let table = TextTable(
                    headers: ["event", "date", "town", "country", "kind", "audience", "people", "title"],
                    rows: events.map {
                        [$0.event.reference, $0.event.date, $0.event.town, $0.event.country, $0.event.kind.rawValue,
                         $0.event.audience.rawValue, String($0.people), String($0.event.title.prefix(40))]
                    })
                print(table.render(), terminator: "")
                print("\(events.count) \(events.count == 1 ? "event" : "events")")
            }
        }
    }
}
