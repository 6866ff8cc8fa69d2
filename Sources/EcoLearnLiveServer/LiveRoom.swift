import EcoLearn
import EcoLearnLive
import Foundation

/// The one game a server runs, with the phones and projectors connected to it. It turns messages into game
/// commands, queues each record for the store (`LiveGameLog`), and sends every connection its view; a phone hears
/// that its join or answer counted only once the record is committed. The rules are `LiveGame`'s; the room only
/// moves messages.
public actor LiveRoom {
    /// What the terminal shows and the pages link to.
    public struct Access: Sendable, Hashable {
        /// Six digits players type (or get from the QR code) to join.
        public var pin: String
        /// The secret of the host page, shown only in the terminal.
        public var hostKey: String

        public init(pin: String, hostKey: String) {
            self.pin = pin
            self.hostKey = hostKey
        }

        /// A fresh PIN and a 128-bit host key.
        public static func random() -> Access {
            Access(pin: String(format: "%06d", Int.random(in: 0..<1_000_000)), hostKey: randomToken())
        }
    }

    public let access: Access
    private var game: LiveGame
    private let log: LiveGameLog?
    /// Joins and answers whose phones hear of them once their record is committed, in the order of their records.
    private var unconfirmed: [(sequence: Int, connection: Int, player: Int, what: Confirmation)] = []

    /// What a phone is told once its record is committed.
    private enum Confirmation {
        /// Its token (and its view) after a join.
        case joined(token: String)
        /// That its answer was accepted.
        case answered(question: Int, cell: String)
    }
    private let store: (any LiveResultStore)?
    private let clock: @Sendable () -> Double
    private let report: @Sendable (String) -> Void
    private var players: [Int: Connection] = [:]
    private var hosts: [Int: Connection] = [:]
    private var playerOf: [Int: Int] = [:]
    private var nextConnection = 0
    /// True when players joined since the projectors' last whole view (sent on the next tick).
    private var hostViewDue = false
    /// The views of the question on screen made so far, by language (each phone's view holds one).
    private var questionViews: (index: Int, byLanguage: [String: LiveQuestionView]) = (-1, [:])
    private var saving: Task<Void, Never>?
    /// What saving the results said (or why it failed), once the game has ended.
    public private(set) var savedMessage: String?

    /// A room for `game`; records go to `log` (nil: not kept), results to `store` at the end (nil: not saved);
    /// `clock` gives the time in seconds (the same clock the stored records' times were taken with); `report` hears
    /// what saving the results did.
    public init(
        game: LiveGame, access: Access, log: LiveGameLog?, store: (any LiveResultStore)?,
        clock: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 },
        report: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.report = report
        self.game = game
        self.access = access
        self.log = log
        self.store = store
        self.clock = clock
        log?.onCommit { [weak self] committed in
            Task { await self?.confirm(below: committed) }
        }
    }

    /// The game as it stands.
    public var current: LiveGame { game }

    // MARK: Connections

    /// A connection's outgoing messages. They are encoded as JSON by the connection's own task, outside the room,
    /// so the room's work per message stays small and encoding runs on every core.
    struct Connection {
        let id: Int
        let outbox: AsyncStream<Outgoing>.Continuation
    }

    /// Registers a connection; its messages arrive on the returned stream.
    func connect() -> (id: Int, messages: AsyncStream<Outgoing>) {
        nextConnection += 1
        let (stream, continuation) = AsyncStream<Outgoing>.makeStream(bufferingPolicy: .bufferingNewest(64))
        players[nextConnection] = Connection(id: nextConnection, outbox: continuation)
        return (nextConnection, stream)
    }

    /// Registers a host connection and sends it the host view. A projector hears of every answer, so its
    /// buffer holds a room's worth of them.
    func connectHost() -> (id: Int, messages: AsyncStream<Outgoing>) {
        nextConnection += 1
        let (stream, continuation) = AsyncStream<Outgoing>.makeStream(
            bufferingPolicy: .bufferingNewest(LiveGame.maxPlayers + 64))
        let connection = Connection(id: nextConnection, outbox: continuation)
        hosts[nextConnection] = connection
        connection.outbox.yield(hostMessage())
        return (nextConnection, stream)
    }

    /// Forgets a closed connection.
    func disconnect(_ id: Int) {
        players.removeValue(forKey: id)?.outbox.finish()
        hosts.removeValue(forKey: id)?.outbox.finish()
        playerOf.removeValue(forKey: id)
    }

    // MARK: Players

    /// Carries out a player's message.
    func receive(_ message: PlayerMessage, from id: Int) {
        guard let connection = players[id] else { return }
        do {
            switch message {
            case .join(let pin, let name, let language):
                if playerOf[id] != nil { throw LiveRefusal(.alreadyJoined, "this page has already joined") }
                guard pin.trimmingCharacters(in: .whitespaces) == access.pin else {
                    throw LiveRefusal(.wrongPIN, "wrong PIN")
                }
                let token = Self.randomToken()
                let (player, record) = try game.join(name: name, language: language, token: token, at: clock())
                let sequence = try queue(record)
                playerOf[id] = player.id
                confirm(sequence, connection: id, player: player.id, .joined(token: token))
                hostViewDue = true
            case .rejoin(let token):
                let player = try game.player(token: token)
                playerOf[id] = player.id
                send(to: connection, player: player, at: clock())
            case .answer(let question, let cell):
                guard let playerID = playerOf[id] else { throw LiveRefusal(.unknownPlayer, "join first") }
                let token = game.players[playerID].token
                let now = clock()
                let sequence = try queue(try game.answer(token: token, question: question, cell: cell, at: now))
                announceAnswer(of: playerID)
                confirm(sequence, connection: id, player: playerID, .answered(question: question, cell: cell))
            }
        } catch let refusal as LiveRefusal {
            connection.outbox.yield(.error(code: refusal.code.rawValue, message: refusal.message))
        } catch {
            connection.outbox.yield(.error(code: "server", message: "\(error)"))
        }
    }

    // MARK: Host

    /// Carries out a host command; returns the refusal's message when it does not fit.
    @discardableResult
    public func command(_ command: LiveHostCommand) -> String? {
        do {
            try write(try game.host(command, at: clock()))
        } catch let refusal as LiveRefusal {
            return refusal.message
        } catch {
            return "\(error)"
        }
        if case .kick(let kicked) = command {
            let now = clock()
            for (id, player) in playerOf where player == kicked {
                if let connection = players[id] { send(to: connection, player: game.players[kicked], at: now) }
            }
            sendHostView()
        } else {
            broadcast()
        }
        return nil
    }

    /// Closes the open question when its timer has run out; the server calls it a few times a second. Also sends
    /// the host view when players joined since the last one (answers go as `progress` messages instead).
    public func tick() {
        if let record = game.tick(at: clock()) {
            try? write(record)
            broadcast()
        } else if hostViewDue {
            sendHostView()
        }
    }

    /// Ends the game (Ctrl-C), tells every phone, and returns once the results are saved.
    public func end() async {
        if game.stage != .ended { command(.end) }
        startSaving()
        await saving?.value
    }

    /// Starts saving the results once the game has ended (once per room; saving again after a resume replaces
    /// the same results).
    private func startSaving() {
        guard game.stage == .ended, saving == nil else { return }
        let log = log
        guard let store, let event = game.settings.event, let phase = game.settings.phase else {
            saving = Task { await log?.sync(within: Self.syncLimit) }
            return
        }
        saving = Task {
            await log?.sync(within: Self.syncLimit)
            let message: String
            do {
                // Someone forgotten in the store while the game ran is still named here: rename them first.
                game.forget(players: try await store.forgottenPlayers())
                message = try await store.save(game.results(), event: event, phase: phase)
            } catch {
                message = "error: the results were not saved: \(error)"
            }
            self.didSave(message)
        }
    }

    private func didSave(_ message: String) {
        savedMessage = message
        report(message)
    }

    // MARK: Sending

    /// How long the end of a game waits for its records to reach the store before saving the results.
    static let syncLimit = Duration.seconds(30)

    private func write(_ record: LiveRecord) throws {
        _ = try queue(record)
    }

    /// Queues `record` for the store; returns its sequence number (nil when records are not kept).
    private func queue(_ record: LiveRecord) throws -> Int? {
        let sequence = try log?.append(record)
        if case .ended = record { startSaving() }
        return sequence
    }

    /// Tells the phone of `connection` that its join or answer counted, once record `sequence` is committed (at
    /// once when records are not kept).
    private func confirm(_ sequence: Int?, connection: Int, player: Int, _ what: Confirmation) {
        guard let sequence else { return tell(connection, player: player, what) }
        unconfirmed.append((sequence, connection, player, what))
    }

    /// Tells the phones whose records are below `committed` (the number of records the store holds).
    private func confirm(below committed: Int) {
        let count = unconfirmed.prefix { $0.sequence < committed }.count
        guard count > 0 else { return }
        let done = unconfirmed.prefix(count)
        unconfirmed.removeFirst(count)
        for item in done { tell(item.connection, player: item.player, item.what) }
    }

    /// Sends a phone its token and view after its join, or that its answer was accepted.
    private func tell(_ id: Int, player: Int, _ what: Confirmation) {
        guard let connection = players[id] else { return }
        switch what {
        case .joined(let token):
            connection.outbox.yield(.joined(token: token))
            send(to: connection, player: game.players[player], at: clock())
        case .answered(let question, let cell):
            let points = game.settings.points == .off ? nil : game.players[player].points
            connection.outbox.yield(
                .accepted(question: question, answer: cell, remaining: game.remaining(at: clock()), points: points))
        }
    }

    private func send(to connection: Connection, player: LivePlayer, at time: Double) {
        let view = LivePlayerView(game: game, player: player, at: time, question: questionView(in: player.language))
        connection.outbox.yield(.view(view))
    }

    /// The view of the question on screen in `language`, made once per question and language.
    private func questionView(in language: String) -> LiveQuestionView? {
        guard let index = game.stage.question else { return nil }
        if questionViews.index != index { questionViews = (index, [:]) }
        if let view = questionViews.byLanguage[language] { return view }
        let view = LiveQuestionView(variant: game.variant, index: index, language: language)
        questionViews.byLanguage[language] = view
        return view
    }

    /// Sends every phone and projector its view after a change of stage.
    private func broadcast() {
        let now = clock()
        for (id, playerID) in playerOf {
            if let connection = players[id] { send(to: connection, player: game.players[playerID], at: now) }
        }
        sendHostView()
    }

    /// Tells the projectors of `player`'s answer at once with a small `progress` message; the whole view (80 KB
    /// at 1,000 players) is not sent again for an answer. The game keeps the counts, so this takes the same time
    /// in a room of 10 or 2,000.
    private func announceAnswer(of player: Int) {
        let answered = game.stage.question.map { game.answeredCount(question: $0) } ?? 0
        let message = Outgoing.progress(answered: answered, players: game.activePlayerCount, player: player)
        for host in hosts.values { host.outbox.yield(message) }
    }

    /// Sends every projector the host view.
    private func sendHostView() {
        hostViewDue = false
        let message = hostMessage()
        for host in hosts.values { host.outbox.yield(message) }
    }

    private func hostMessage() -> Outgoing {
        .host(LiveHostView(game: game, at: clock()))
    }

    /// 128 random bits as 32 hex digits.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<2).map { _ in String(format: "%016llx", generator.next() as UInt64) }.joined()
    }
}
