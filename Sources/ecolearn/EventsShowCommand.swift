import ArgumentParser
import EcoLearn
import EcoLearnTracking

/// `ecolearn events show ID`: one event and what was counted at it.
struct EventsShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one event by its code or number.")

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The event's code or number (see `ecolearn events list`).") var id: String

    func run() async throws {
        try await Tracking.run {
            print(try await storeOptions.openForReading(libraryOptions).event(id).details)
        }
    }
}
