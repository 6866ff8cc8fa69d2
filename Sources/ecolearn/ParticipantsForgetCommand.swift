import ArgumentParser
import EcoLearn
import EcoLearnTracking

/// `ecolearn participants forget KEY`: remove a person's rows everywhere.
struct ParticipantsForgetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Remove every trace of a participant's key: the participant, attendances, quiz results, the "
            + "file names of the sign-in sheets that listed them, and the name they played live games under.")

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The participant's pseudonymous key.") var key: String

    func run() async throws {
        try await Tracking.run {
            let outcome = try await storeOptions.open(libraryOptions, create: false).forgetParticipant(key: key)
            if outcome.total == 0, outcome.importNames == 0, outcome.liveRecords == 0 {
                print("Nothing is stored under \(TerminalText.quoted(key)); nothing removed.")
                return
            }
            let parts = [
                (outcome.participants, "participant"), (outcome.attendances, "attendance"),
                (outcome.quizResults, "quiz result"), (outcome.quizAnswers, "quiz answer"),
            ].map { count, noun in "\(count) \(noun)\(count == 1 ? "" : "s")" }
            var changed: [String] = []
            if outcome.importNames > 0 {
                changed.append("the file name of \(outcome.importNames) \(outcome.importNames == 1 ? "import" : "imports")"
                    + " from the import log")
            }
            if outcome.liveRecords > 0 {
                changed.append(outcome.liveRecords == 1 ? "the name of 1 live game player"
                    : "the names of \(outcome.liveRecords) live game players")
            }
            let names = changed.isEmpty ? "" : " and " + changed.joined(separator: ", and ")
            print("Forgot \(TerminalText.quoted(key)): removed \(outcome.total) rows (\(parts.joined(separator: ", ")))\(names).")
        }
    }
}
