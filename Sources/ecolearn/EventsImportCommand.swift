import ArgumentParser
import Foundation
import EcoLearnTracking

/// `ecolearn events import FILE.csv`: an event log typed into a spreadsheet.
struct EventsImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import events from a CSV file; a file with any bad row is refused whole.",
        discussion: "Columns: \(ImportColumns.events.joined(separator: ", ")), and headcount groups "
            + "female, male, other, local, international, age 10-14 (one column per age band).")

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The CSV file.") var file: String

    func run() async throws {
        try await Tracking.run {
            let data = Data(try InputFile.read(file))
            let options = ImportOptions(knownLessons: Tracking.knownLessons(libraryOptions), afterRow: Tracking.pauseHook)
            let outcome = try await storeOptions.open(libraryOptions, create: true)
                .importEvents(data: data, fileName: file, options: options)
            if let earlier = outcome.previouslyImportedAt {
                print("\(file): already imported on \(earlier); nothing changed")
            } else {
                var line = "\(file): \(outcome.eventsAdded) \(outcome.eventsAdded == 1 ? "event" : "events") imported"
                if outcome.eventsAlreadyRecorded > 0 {
                    line += ", \(outcome.eventsAlreadyRecorded) already recorded (not counted again)"
                }
                print(line)
            }
        }
    }
}
