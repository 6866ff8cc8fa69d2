import ArgumentParser
import EcoLearn
import EcoLearnLive
import EcoLearnLiveServer
import EcoLearnTracking
import Foundation

/// `ecolearn live UNIT`: a live quiz served from this computer to phones on the same network.
struct LiveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "live",
        abstract: "Run a unit's quiz live: phones join over the room's Wi-Fi by a QR code.",
        discussion: """
            Prints the join address, a PIN, a QR code and the host page's address (with its key: open it on \
            this computer only). Every join and answer is written to the participation store (--db) as it \
            comes, so after a crash `ecolearn live UNIT --resume` continues the same game. Ctrl-C ends the \
            game: results so far are saved (with --event and --phase) and phones see that the quiz has ended.
            """)

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "The unit id.") var unitID: String
    @Option(help: "The language of the host's screen (default: the unit's source language).") var lang: String?
    @Option(help: "Save the results for this stored event (its code or number), with --phase.") var event: String?
    @Option(help: "With --event: pre (before the lesson) or post (after it).") var phase: QuizPhase?
    @Option(help: "Ask this many questions, drawn from the quiz (default: all).") var count: Int?
    @Option(help: "The seed or variant code (default: a new random seed, printed).") var seed: String?
    @Option(help: "Seconds per question, or off (default: 30).") var timer: String = "30"
    @Option(help: "Points for the podium: off, accuracy or speed (default: off).") var points: LivePoints = .off
    @Option(help: "The port to listen on.") var port: Int = 8080
    @Option(help: "The address to listen on: 0.0.0.0 for the room's network, 127.0.0.1 for a rehearsal.")
    var bind: String = "0.0.0.0"
    @Flag(help: "Continue the unit's unfinished game from the store (after a crash).") var resume = false
    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        if (event == nil) != (phase == nil) {
            throw ValidationError("--event and --phase go together (e.g. --event RIGA-2025-03 --phase pre)")
        }
        if !(1...65535).contains(port) { throw ValidationError("--port: expected 1 to 65535, found \(port)") }
    }

    func run() async throws {
        let unit = try libraryOptions.loadUnit(unitID)
        let quiz = try QuizOptions.requireQuiz(unit)
        let fresh = resume ? nil : try newGame(unit, quiz: quiz)
        let (game, records) = try await Tracking.run {
            let store = try await storeOptions.open(libraryOptions, create: true)
            let journal = LiveJournalFile(path: journalPath(unit.id))
            if let fresh {
                try await refuseUnfinished(unit, store: store, journal: journal)
                if let event = fresh.settings.event { try await checkEvent(event, lists: unit.id, store: store) }
                let created = String(decoding: try StableJSON.line(fresh.createdRecord), as: UTF8.self)
                let id = try await startGame(unit, records: [created], store: store)
                return (fresh, LiveStoreRecords(store: store, game: id, stored: 1))
            }
            let (game, records) = try await resumedGame(unit, store: store, journal: journal)
            if let event = game.settings.event { try await checkEvent(event, lists: unit.id, store: store) }
            return (game, records)
        }
        let log = LiveGameLog(store: records, stored: records.stored) { Terminal.printError($0) }
        let access = LiveRoom.Access.random()
        let results = game.settings.event == nil ? nil : StoreResults(records: records, unitID: unit.id)
        let room = LiveRoom(game: game, access: access, log: log, store: results, report: { Terminal.printError($0) })
        let host = bind == "0.0.0.0" ? (LiveServer.lanAddress() ?? "127.0.0.1") : bind
        let joinURL = "http://\(host):\(port)/?pin=\(access.pin)"
        raiseOpenFileLimit()
        printWelcome(game, access: access, joinURL: joinURL)
        await LiveRunner.run(room: room, bind: bind, port: port, joinURL: joinURL, log: log, records: records) { message in
            Terminal.printError(message)
        }
    }

    /// Where an ecolearn before the store kept a game's journal: `live/UNIT.jsonl` beside an SQLite database, or
    /// `<library>/data/live/` with a server.
    private func journalPath(_ unitID: String) -> String {
        let location = StoreLocation.resolve(
            library: libraryOptions.library, db: storeOptions.db, environment: ProcessInfo.processInfo.environment)
        let folder: URL
        switch location {
        case .sqlite(let path): folder = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("live")
        case .postgres: folder = libraryOptions.root.appendingPathComponent("data/live")
        }
        return folder.appendingPathComponent("\(unitID).jsonl").path
    }

    private func newGame(_ unit: LessonUnit, quiz: Quiz) throws -> LiveGame {
        if let count, count < 1 || count > quiz.questions.count {
            throw ValidationError("--count: expected 1 to \(quiz.questions.count) (the questions in \(unit.id)), found \(count)")
        }
        let seconds: Double?
        if timer == "off" {
            seconds = nil
        } else if let value = Int(timer), (5...3600).contains(value) {
            seconds = Double(value)
        } else {
            throw ValidationError("--timer: expected seconds from 5 to 3600, or off; found '\(timer)'")
        }
        if points == .speed, seconds == nil {
            throw ValidationError("--points speed needs a timer (hint: --timer 30, or --points accuracy)")
        }
        let language = try QuizOptions.language(lang, for: unit) ?? unit.sourceLanguage
        let settings = LiveSettings(
            unitID: unit.id, unitVersion: unit.version, count: count,
            seed: try QuizOptions.seed(seed, for: unit) ?? UInt64.random(in: 1...9999), timer: seconds, points: points,
            hostLanguage: language, event: event, phase: phase?.rawValue)
        do {
            return try LiveGame(unit: unit, settings: settings, at: Date().timeIntervalSince1970)
        } catch {
            throw ValidationError(error.message)
        }
    }

    /// Refuses a new game while the store, or a journal file of an earlier ecolearn, holds an unfinished one.
    private func refuseUnfinished(_ unit: LessonUnit, store: any ParticipationStore, journal: LiveJournalFile) async throws {
        if let unfinished = try await store.unfinishedLiveGame(unitID: unit.id) {
            throw Self.unfinished(.unfinishedLiveGame(location: store.location, unit: unit.id, startedAt: unfinished.startedAt))
        }
        if journal.exists {
            throw ValidationError(
                "an unfinished game of \(unit.id) from an earlier ecolearn is in \(journal.path) (hint: continue it "
                    + "with --resume, which moves it into the store, or delete the file to start a new one)")
        }
    }

    /// Starts the game's log in the store; a game another program started meanwhile is refused as at the start.
    private func startGame(_ unit: LessonUnit, records: [String], store: any ParticipationStore) async throws -> UUID {
        do {
            return try await store.startLiveGame(unitID: unit.id, at: Date(), records: records)
        } catch let error as StoreError {
            if case .unfinishedLiveGame = error { throw Self.unfinished(error) }
            throw error
        }
    }

    private static func unfinished(_ error: StoreError) -> ValidationError {
        ValidationError("\(error) (hint: continue it with --resume; Ctrl-C then ends it and saves its results)")
    }

    /// The unfinished game of the unit from the store, or moved into it from an earlier ecolearn's journal file.
    private func resumedGame(
        _ unit: LessonUnit, store: any ParticipationStore, journal: LiveJournalFile
    ) async throws -> (LiveGame, LiveStoreRecords) {
        if let stored = try await store.unfinishedLiveGame(unitID: unit.id) {
            let game = try Self.replay(stored.records, unit: unit, from: store.location)
            return (game, LiveStoreRecords(store: store, game: stored.id, stored: stored.records.count))
        }
        guard journal.exists else {
            throw ValidationError("no unfinished game of \(unit.id) to resume in \(store.location)")
        }
        let lines: [String]
        do {
            lines = try journal.lines()
        } catch {
            throw CommandFailure("error: cannot resume from \(journal.path): \(error)")
        }
        let game = try Self.replay(lines, unit: unit, from: journal.path)
        let id = try await startGame(unit, records: lines, store: store)
        let kept = journal.putAside()
        Terminal.printError("note: moved the unfinished game from \(journal.path) into \(store.location)"
            + (kept.map { " (the file is kept as \($0))" } ?? ""))
        return (game, LiveStoreRecords(store: store, game: id, stored: lines.count))
    }

    /// The game the stored records make.
    private static func replay(_ lines: [String], unit: LessonUnit, from place: String) throws -> LiveGame {
        do {
            return try LiveGame.replay(LiveRecord.decoding(lines), unit: unit)
        } catch {
            throw CommandFailure("error: cannot resume from \(place): \(error)")
        }
    }

    /// Refuses an event that is not stored or does not list the unit, before anyone joins (the store refuses
    /// the same when saving).
    private func checkEvent(_ event: String, lists unitID: String, store: any ParticipationStore) async throws {
        let summary = try await store.event(event)
        guard summary.lessons.contains(unitID) else {
            Terminal.printError(
                "error: " + StoreError.lessonNotAtEvent(event: event, unit: unitID, lessons: summary.lessons).description
                    + "\nhint: pick the event where the unit is taught (ecolearn events list), "
                    + "or record the unit for the event first")
            throw ExitCode.failure
        }
    }

    private func printWelcome(_ game: LiveGame, access: LiveRoom.Access, joinURL: String) {
        let isTerminal = isatty(STDOUT_FILENO) == 1
        var text = "\(game.unit.title.text(in: game.settings.hostLanguage)): live quiz, variant \(game.variant.code)"
        text += " (\(game.variant.questions.count) questions)\n"
        if resume { text += "resumed with \(game.players.count) players and their answers\n" }
        text += "\nPhones join at  \(joinURL)\nPIN             \(access.pin)\n\n"
        text += QRCode(joinURL)?.terminalText(ansi: isTerminal) ?? ""
        text += "\nHost page (open on this computer only; the key is the host's):\n"
        text += "  http://127.0.0.1:\(port)/host?key=\(access.hostKey)\n"
        text += "Ctrl-C ends the game and saves the results.\n"
        print(text, terminator: "")
        fflush(nil)
    }

    /// Lets the server hold a socket per phone: raises the soft limit on open files to the hard limit.
    private func raiseOpenFileLimit() {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < limit.rlim_max else { return }
        let before = limit.rlim_cur
        limit.rlim_cur = min(limit.rlim_max, 65536)
        if setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur > before {
            Terminal.printError("note: raised the open file limit from \(before) to \(limit.rlim_cur) for the phones' connections")
        }
    }
}

/// A live game's log in the participation store: where `LiveGameLog` commits its records.
struct LiveStoreRecords: LiveRecordStore {
    let store: any ParticipationStore
    let game: UUID
    /// How many records the store held when the game (re)started.
    let stored: Int

    func append(_ records: [String], from sequence: Int) async throws {
        try await store.appendLiveRecords(records, to: game, from: sequence)
    }
}

/// Saves a live game's results as `quiz score --save` saves paper results.
struct StoreResults: LiveResultStore {
    /// The game's log in the store, where `participants forget` renames a player.
    let records: LiveStoreRecords
    let unitID: String

    private var store: any ParticipationStore { records.store }

    func forgottenPlayers() async throws -> [Int] {
        guard let stored = try await store.unfinishedLiveGame(unitID: unitID), stored.id == records.game else { return [] }
        return LiveRecord.forgottenPlayers(in: stored.records)
    }

    func save(_ results: [QuizResult], event: String, phase: String) async throws -> String {
        guard let phase = QuizPhase(rawValue: phase) else { return "error: unknown phase \(phase)" }
        let outcome = try await store.saveQuizResults(
            results.map { QuizResultInput($0, event: event, phase: phase) }, addingLessons: false)
        return QuizSaveOptions.line(outcome, phase: phase, event: event)
    }
}

extension LivePoints: ExpressibleByArgument {}
