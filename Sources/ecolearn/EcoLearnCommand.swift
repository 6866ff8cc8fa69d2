import ArgumentParser

/// `ecolearn`: the command-line face of the EcoLearn library.
@main
struct EcoLearnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ecolearn",
        abstract: "Environmental-education lessons: check, browse, quiz, print packs, track participation.",
        subcommands: [
        ]
    )
}
