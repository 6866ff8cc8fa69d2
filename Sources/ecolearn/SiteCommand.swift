import ArgumentParser

/// `ecolearn site`: the public lesson catalogue.
struct SiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Build the public catalogue of the library: a static website.",
        subcommands: [SiteBuildCommand.self])
}
