import EcoLearn
import Foundation

extension LiveRecord {
    /// The name `participants forget` leaves in the `joined` record of a forgotten player: `forgotten 3` for the
    /// third player who joined. No one can join under a name of that form (`LiveGame.join` refuses it), so the name
    /// is the game's only one of its kind, and the game replays and resumes with the player under it.
    public static func forgottenName(player: Int) -> String { "forgotten \(player + 1)" }

    /// True when `name` (cleaned, as `LiveGame.join` cleans it) has the form of `forgottenName`, in any letter case.
    static func isForgottenForm(_ name: String) -> Bool {
        let lowered = name.lowercased()
        let prefix = "forgotten "
        guard lowered.hasPrefix(prefix) else { return false }
        let number = lowered.dropFirst(prefix.count)
        return !number.isEmpty && number.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// `line`, one stored record as `LiveGameLog` writes it, with the player's name replaced by `forgottenName` when
    /// it is a `joined` record whose name `forgets` picks (the token, language and time are kept); nil for every
    /// other line, a `joined` record of someone else, or one already renamed.
    ///
    /// - Throws: the encoder's error should the renamed record not encode (a decoded record always does).
    public static func forgetting(_ line: String, where forgets: (String) -> Bool) throws -> String? {
        guard case .joined(let player, let token, let name, let language, let time)? =
            try? JSONDecoder().decode(LiveRecord.self, from: Data(line.utf8))
        else { return nil }
        let forgotten = forgottenName(player: player)
        guard name != forgotten, forgets(name) else { return nil }
        let renamed = LiveRecord.joined(player: player, token: token, name: forgotten, language: language, at: time)
        return String(decoding: try StableJSON.line(renamed), as: UTF8.self)
    }

    /// The players (by id) whose `joined` records among `lines` carry `forgottenName`: those `participants forget`
    /// renamed in the store. Lines that are not `joined` records, or do not decode, are passed over.
    public static func forgottenPlayers(in lines: [String]) -> [Int] {
        let decoder = JSONDecoder()
        return lines.compactMap { line in
            guard line.hasPrefix(#"{"joined":"#),
                case .joined(let player, _, let name, _, _)? = try? decoder.decode(LiveRecord.self, from: Data(line.utf8)),
                name == forgottenName(player: player)
            else { return nil }
            return player
        }
    }
}
