import ArgumentParser
import EcoLearn
import EcoLearnTracking

/// `--save --event ID --phase pre|post [--db PATH]`: store scored quizzes for knowledge-gain reports.
struct QuizSaveOptions: ParsableArguments {
    @Flag(help: "Store the results in the participation database, for knowledge-gain reports.") var save = false
    @Option(help: "With --save: the event the quiz was taken at (its code or number).") var event: String?
    @Option(help: "With --save: pre (before the lesson) or post (after it).") var phase: QuizPhase?
    @Flag(help: "With --save: add the unit to the event's lessons when the event does not list it yet.")
    var addLesson = false
    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        if save, event == nil || phase == nil {
            throw ValidationError("--save needs --event ID and --phase pre|post")
        }
        if !save, event != nil || phase != nil || addLesson {
            throw ValidationError("--event, --phase and --add-lesson go with --save (add --save to store the results)")
        }
    }

    /// Stores `results` when `--save` was given, and says so on standard error.
    func save(_ results: [QuizResult], library: LibraryOptions) async throws {
        guard save, let event, let phase else { return }
        try await Tracking.run {
            let store = try await storeOptions.open(library, create: false)
            let outcome: QuizSaveOutcome
            do {
                outcome = try await store.saveQuizResults(
                    results.map { QuizResultInput($0, event: event, phase: phase) }, addingLessons: addLesson)
            } catch let error as StoreError {
                guard case .lessonNotAtEvent = error else { throw error }
                Terminal.printError("error: \(error.description)\n"
                    + "hint: if the quiz was taken at this event, add --add-lesson to record the unit as one of its lessons")
                throw ExitCode.failure
            }
            Terminal.printError(Self.line(outcome, phase: phase, event: event))
        }
    }

    /// What saving did, in one line: `saved 12 pre-test results for event RIGA-1 (2 in place of earlier ones)`.
    static func line(_ outcome: QuizSaveOutcome, phase: QuizPhase, event: String) -> String {
        let saved = outcome.added + outcome.replaced
        var line = "saved \(saved) \(phase.rawValue)-test \(saved == 1 ? "result" : "results") for event \(event)"
        if outcome.replaced > 0 { line += " (\(outcome.replaced) in place of earlier ones)" }
        return line
    }
}

extension QuizPhase: ExpressibleByArgument {}
