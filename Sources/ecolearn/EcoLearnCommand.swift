import ArgumentParser
import EcoLearn
import Foundation

/// `ecolearn`: the command-line face of the EcoLearn library.
@main
struct EcoLearnCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ecolearn",
        abstract: "Environmental-education lessons: check, browse, quiz, print packs, track participation.",
        version: EcoLearnVersion.line(commit: buildCommit),
        subcommands: [
            InitCommand.self,
            CheckCommand.self,
            LessonsCommand.self,
            QuizCommand.self,
            PackCommand.self,
            SlidesCommand.self,
            SiteCommand.self,
            EventsCommand.self,
            AttendanceCommand.self,
            ParticipantsCommand.self,
            ReportCommand.self,
            StoreCommand.self,
            SyncCommand.self,
            LiveCommand.self,
        ]
    )

    /// Runs the command. Usage errors exit with status 2 (ArgumentParser's default is 64): a parse error prints
    /// the subcommand's usage, a problem found while running prints just its message.
    static func main() async {
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            if exitCode(for: error) == .validationFailure {
                Terminal.printError(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
        do {
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch let error as ValidationError {
            Terminal.printError("error: \(error.message)")
            Foundation.exit(2)
        } catch {
            exit(withError: error)
        }
    }
}
