import ArgumentParser

/// `ecolearn store`: a project's shared PostgreSQL store and who may do what on it.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store", abstract: "Set up a project's shared PostgreSQL store and give logins their rights (or take them away).",
        subcommands: [StoreInitCommand.self, StoreGrantCommand.self, StoreRevokeCommand.self])
}
