import ArgumentParser

/// `ecolearn events`: record and browse the project's events.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Record, list and import events (lessons, seminars, workshops, study visits, public actions).",
        subcommands: [EventsAddCommand.self, EventsListCommand.self, EventsShowCommand.self, EventsImportCommand.self])
}
