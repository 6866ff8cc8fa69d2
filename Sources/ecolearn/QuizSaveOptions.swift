import ArgumentParser
import EcoLearn
import EcoLearnTracking

/// `--save --event ID --phase pre|post [--db PATH]`: store scored quizzes for knowledge-gain reports.
struct QuizSaveOptions: ParsableArguments {
    @Flag(help: "Store the results in the participation database, for knowledge-gain reports.") var save = false
    @Option(help: "With --save: the event the quiz was taken at (its code or number).") var event: String?
    @Option(help: "With --save: pre (before the lesson) or post (after it).") var phase: QuizPhase?
    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        if save, event == nil || phase == nil {
            throw ValidationError("--save needs --event ID and --phase pre|post")
        }
        if !save, event != nil || phase != nil {
            throw ValidationError("--event and --phase go with --save (add --save to store the results)")
        }
    }

    /// Stores `results` when `--save` was given, and says so on standard error.
    func save(_ results: [QuizResult], library: LibraryOptions) async throws {
        guard save, let event, let phase else { return }
        try await Tracking.run {
            let outcome = try await storeOptions.open(library, create: false)
                .saveQuizResults(results.map { QuizResultInput($0, event: event, phase: phase) })
            var line = "saved \(outcome.added) \(phase.rawValue)-test results for event \(event)"
            if outcome.replaced > 0 { line += " (\(outcome.replaced) replaced earlier results)" }
            Terminal.printError(line)
        }
    }
}

extension QuizPhase: ExpressibleByArgument {}
