import ArgumentParser

/// `ecolearn lessons`: browse the lesson library.
struct LessonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessons",
        abstract: "Find, read and start lesson units.",
        subcommands: [LessonsListCommand.self, LessonsShowCommand.self, LessonsNewCommand.self])
}
