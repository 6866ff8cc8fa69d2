import ArgumentParser
import Foundation

/// `ecolearn`: the command-line face of the EcoLearn library.
@main
struct EcoLearnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ecolearn",
        abstract: "Environmental-education lessons: check, browse, quiz, print packs, track participation.",
        subcommands: [
            CheckCommand.self,
            LessonsCommand.self,
            QuizCommand.self,
            PackCommand.self,
            EventsCommand.self,
            AttendanceCommand.self,
            ParticipantsCommand.self,
            ReportCommand.self,
        ]
    )

    /// Runs the command; usage errors exit with status 2 (ArgumentParser's default is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                Terminal.printError(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
