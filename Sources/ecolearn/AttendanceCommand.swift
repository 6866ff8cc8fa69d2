import ArgumentParser

/// `ecolearn attendance`: sign-in sheets.
struct AttendanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attendance", abstract: "Import sign-in sheets of listed participants.",
        subcommands: [AttendanceImportCommand.self])
}
