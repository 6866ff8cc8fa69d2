import ArgumentParser
import EcoLearn

/// Reading and scoring a CSV of paper answers for a command, printing every problem to standard error.
enum PaperFile {
    /// At most this many problems are printed; the rest are counted.
    static let shownProblems = 50

    /// The scored report of `path`; on problems prints them (one line each) and fails with status 1.
    static func score(_ path: String, unit: LessonUnit, seed: UInt64?, language: String?, skipBadRows: Bool = false)
        throws -> PaperScoring.Report
    {
        let bytes = try InputFile.read(path)
        let report: PaperScoring.Report
        do {
            report = try PaperScoring.score(
                bytes, file: path, unit: unit, seed: seed, language: language, skipBadRows: skipBadRows)
        } catch let error as PaperScoringError {
            for problem in error.problems.prefix(shownProblems) { Terminal.printError(problem.description) }
            if error.problems.count > shownProblems {
                Terminal.printError("... and \(error.problems.count - shownProblems) more problems")
            }
            let hint = error.isHeaderProblem ? "" : " (fix the cells, or pass --skip-bad-rows to use the other rows)"
            Terminal.printError("nothing scored: \(error.problems.count) problem(s) in \(path)\(hint)")
            throw ExitCode.failure
        } catch let error as CSVError {
            Terminal.printError(error.description)
            throw ExitCode.failure
        }
        for problem in report.skipped.prefix(shownProblems) { Terminal.printError("skipped: \(problem.description)") }
        if report.skipped.count > shownProblems {
            Terminal.printError("skipped: ... and \(report.skipped.count - shownProblems) more problems")
        }
        if !report.skippedLines.isEmpty {
            Terminal.printError("skipped \(report.skippedLines.count) bad row(s) of \(path); scored \(report.results.count)")
        }
        return report
    }
}
