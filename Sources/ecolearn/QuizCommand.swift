import ArgumentParser

/// `ecolearn quiz`: run, score and analyse quizzes; exchange them with Moodle.
struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Run quizzes in the terminal, score paper answers, analyse items, talk to Moodle.",
        subcommands: [
            QuizRunCommand.self, QuizScoreCommand.self, QuizAnalyseCommand.self, QuizGainCommand.self,
            QuizExportCommand.self, QuizImportCommand.self,
        ])
}
