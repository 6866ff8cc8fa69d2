import EcoLearn
import EcoLearnTracking
import Foundation

extension SyncSummary {
    /// The summary `ecolearn sync --to` prints: a table of rows sent and already there, then what was forgotten
    /// and every conflict found.
    public var sendingText: String {
        var lines = ["Sent to \(server):"]
        let rows: [(String, Int, Int)] = [
            ("events", sent.events, alreadyThere.events),
            ("participants", sent.participants, alreadyThere.participants),
            ("attendances", sent.attendances, alreadyThere.attendances),
            ("quiz results", sent.quizResults, alreadyThere.quizResults),
        ]
        let width = max(4, rows.map { String($0.1).count }.max() ?? 0)
        lines.append("  " + "".padding(toLength: 13, withPad: " ", startingAt: 0) + "sent".leftPadded(width) + "  already there")
        for (name, sent, there) in rows {
            lines.append("  " + name.padding(toLength: 13, withPad: " ", startingAt: 0) + String(sent).leftPadded(width)
                + "  " + String(there).leftPadded(13))
        }
        lines += forgettingLines
        if refusedForgotten > 0 {
            lines.append("  not sent: \(refusedForgotten) rows of people the server has forgotten")
        }
        lines.append("  conflicts: \(conflicts.count)" + (conflicts.isEmpty ? "" : " (the server keeps what it received first)"))
        lines += conflicts.flatMap(\.lines)
        return lines.joined(separator: "\n")
    }

    /// The summary `ecolearn sync --from` prints.
    public var receivingText: String {
        var lines = ["Received from \(server):"]
        lines.append("  events of other towns: \(eventsReceived) new, \(eventsUpdated) updated")
        if !eventsNotReceived.isEmpty {
            lines.append("  not received (an event here has the same code; send this laptop's first, or correct the code): "
                + eventsNotReceived.joined(separator: ", "))
        }
        lines += forgettingLines
        return lines.joined(separator: "\n")
    }

    private var forgettingLines: [String] {
        var lines: [String] = []
        if tombstonesSent > 0 {
            lines.append("  forgotten here, sent: \(tombstonesSent) (\(removedOnServer) removed on the server)")
        }
        if !keptOnServer.isEmpty {
            lines.append("  still on the server (this login removed its towns' rows; they also signed in at another "
                + "town's event, which only the owner login may remove: `ecolearn participants forget KEY --db "
                + "postgres://OWNER@...`): " + keptOnServer.map { TerminalText.quoted($0) }.joined(separator: ", "))
        }
        if removedHere > 0 { lines.append("  forgotten on the server, removed here: \(removedHere)") }
        return lines
    }
}

extension SyncConflict {
    /// The conflict as listed for the coordinator.
    public var lines: [String] {
        [
            "  \(kind) \(TerminalText.quoted(subject)) from \(TerminalText.quoted(origin))"
                + (recordedAt.isEmpty ? "" : " (\(recordedAt))"),
            "    kept:     \(TerminalText.escaped(kept))",
            "    not kept: \(TerminalText.escaped(other))",
        ]
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
