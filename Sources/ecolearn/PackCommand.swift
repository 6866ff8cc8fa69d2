import ArgumentParser

/// `ecolearn pack`: printable lesson packs.
struct PackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack",
        abstract: "Build printable lesson packs (HTML, and PDF through WeasyPrint).",
        subcommands: [PackBuildCommand.self])
}
