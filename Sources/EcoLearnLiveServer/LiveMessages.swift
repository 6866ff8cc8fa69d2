import EcoLearn
import EcoLearnLive
import Foundation

/// What a phone sends: `{"type":"join","pin":"482913","name":"Ana","language":"lv"}`,
/// `{"type":"rejoin","token":"..."}` or `{"type":"answer","question":3,"cell":"AC"}`.
enum PlayerMessage: Sendable, Hashable, Decodable {
    case join(pin: String, name: String, language: String)
    case rejoin(token: String)
    case answer(question: Int, cell: String)

    private enum Key: String, CodingKey {
        case type, pin, name, language, token, question, cell
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        switch try container.decode(String.self, forKey: .type) {
        case "join":
            self = .join(
                pin: try container.decode(String.self, forKey: .pin), name: try container.decode(String.self, forKey: .name),
                language: try container.decode(String.self, forKey: .language))
        case "rejoin":
            self = .rejoin(token: try container.decode(String.self, forKey: .token))
        case "answer":
            self = .answer(
                question: try container.decode(Int.self, forKey: .question),
                cell: try container.decode(String.self, forKey: .cell))
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: container, debugDescription: "unknown type")
        }
    }
}

/// What the host page sends: `{"type":"next"}`, `{"type":"extend","seconds":15}`, `{"type":"kick","player":3}`.
struct HostMessage: Sendable, Hashable, Decodable {
    var type: String
    var seconds: Double?
    var player: Int?

    /// The command it asks for; nil for an unknown one.
    var command: LiveHostCommand? {
        switch type {
        case "next": .next
        case "close": .close
        case "pause": .pause
        case "resume": .resume
        case "end": .end
        case "extend": seconds.map { .extend(seconds: $0) }
        case "kick": player.map { .kick(player: $0) }
        default: nil
        }
    }
}

/// What the server sends to pages, as JSON with a `type`.
enum Outgoing: Encodable, Sendable {
    case joined(token: String)
    case view(LivePlayerView)
    /// A phone's answer was taken: what the phone's view of the open question changes to (its answer, the
    /// timer, the points when they are on), so the phone need not be sent its whole view again.
    case accepted(question: Int, answer: String, remaining: Double?, points: Int?)
    /// The projector's whole view: sent when it connects and when the stage or the list of players changes.
    case host(LiveHostView)
    /// What changed for the projector while a question is open: how many of how many players have answered,
    /// after the answer of `player` (its id).
    case progress(answered: Int, players: Int, player: Int)
    case error(code: String, message: String)

    private enum Key: String, CodingKey {
        case type, token, view, question, answer, remaining, points, answered, players, player, code, message
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        switch self {
        case .joined(let token):
            try container.encode("joined", forKey: .type)
            try container.encode(token, forKey: .token)
        case .view(let view):
            try container.encode("view", forKey: .type)
            try container.encode(view, forKey: .view)
        case .accepted(let question, let answer, let remaining, let points):
            try container.encode("accepted", forKey: .type)
            try container.encode(question, forKey: .question)
            try container.encode(answer, forKey: .answer)
            try container.encodeIfPresent(remaining, forKey: .remaining)
            try container.encodeIfPresent(points, forKey: .points)
        case .host(let view):
            try container.encode("host", forKey: .type)
            try container.encode(view, forKey: .view)
        case .progress(let answered, let players, let player):
            try container.encode("progress", forKey: .type)
            try container.encode(answered, forKey: .answered)
            try container.encode(players, forKey: .players)
            try container.encode(player, forKey: .player)
        case .error(let code, let message):
            try container.encode("error", forKey: .type)
            try container.encode(code, forKey: .code)
            try container.encode(message, forKey: .message)
        }
    }

    /// The message as JSON text.
    static func encode(_ message: Outgoing) -> String {
        String(decoding: (try? StableJSON.line(message)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
