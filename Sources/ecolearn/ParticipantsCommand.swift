import ArgumentParser

/// `ecolearn participants`: listed participants.
struct ParticipantsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "participants", abstract: "Manage listed participants.",
        subcommands: [ParticipantsForgetCommand.self])
}
