import EcoLearnSync
import Foundation

/// Progress of a long sync on standard error: a bar redrawn in place on a terminal, otherwise one line of counts
/// per batch (logs and pipes get no control characters).
struct SyncProgressView: Sendable {
    private let isTerminal = isatty(STDERR_FILENO) == 1

    func show(_ progress: SyncProgress) {
        guard progress.total > 0 else { return }
        if isTerminal {
            let width = 30
            let filled = progress.overallTotal == 0 ? width : width * progress.overallDone / progress.overallTotal
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            let line = "\r[\(bar)] \(progress.stage): \(progress.done) of \(progress.total)"
            FileHandle.standardError.write(Data((line + "\u{1B}[K").utf8))
        } else if progress.done > 0 {
            Terminal.printError("\(progress.stage): \(progress.done) of \(progress.total)")
        }
    }

    /// Ends the bar's line on a terminal.
    static func finish() {
        if isatty(STDERR_FILENO) == 1 { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
