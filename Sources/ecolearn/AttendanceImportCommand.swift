import ArgumentParser
import Foundation
import EcoLearnTracking

/// `ecolearn attendance import FILE.csv`: a sign-in sheet typed into a spreadsheet.
struct AttendanceImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a sign-in sheet CSV; a file with any bad row is refused whole.",
        discussion: "Columns: \(ImportColumns.attendance.joined(separator: ", ")). "
            + "Participants are pseudonymous keys, never names.")

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The CSV file.") var file: String

    func run() async throws {
        try await Tracking.run {
            let data = Data(try InputFile.read(file))
            let outcome = try await storeOptions.open(libraryOptions, create: true)
                .importAttendance(data: data, fileName: file, options: ImportOptions(afterRow: Tracking.pauseHook))
            if let earlier = outcome.previouslyImportedAt {
                print("\(file): already imported on \(earlier); nothing changed")
                return
            }
            var line = "\(file): \(outcome.rows) rows: \(outcome.attendancesAdded) attendances recorded"
            if outcome.attendancesAlreadyRecorded > 0 {
                line += ", \(outcome.attendancesAlreadyRecorded) already recorded (not counted again)"
            }
            print(line + "; \(outcome.participantsAdded) new participants")
        }
    }
}
