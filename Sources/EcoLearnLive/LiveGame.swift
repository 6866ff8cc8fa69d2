import EcoLearn

/// A live quiz game as a state machine (DESIGN.md section 8): players join, the host opens, closes and moves
/// through the questions of one quiz variant, players answer the open question, the quiz engine scores them.
///
/// Every change goes through a `LiveRecord`: a command checks what it may do, makes the record, applies it and
/// returns it so the caller can write it to the store; `replay` applies the stored records to rebuild the
/// game. Times are seconds on any clock the caller chooses, passed in with each command (tests pass numbers).
public struct LiveGame: Sendable {
    /// The longest nickname or participant key, in characters.
    public static let maxNameLength = 24
    /// The most players a game takes.
    public static let maxPlayers = 5000

    public let unit: LessonUnit
    public let settings: LiveSettings
    /// The questions every player gets, in order, with their option orders.
    public let variant: QuizVariant
    public private(set) var stage: LiveStage = .lobby
    /// Every player who joined, by id (kicked players stay, marked).
    public private(set) var players: [LivePlayer] = []
    /// How many questions have been opened (they open in order).
    public private(set) var openedCount = 0
    /// The time of the last record applied.
    public private(set) var lastTime: Double
    /// Players in the game who were not removed, kept as records apply so the server need not count.
    public private(set) var activePlayerCount = 0
    /// Per question, how many players who were not removed have answered it.
    private var answerCounts: [Int]
    private var idByToken: [String: Int] = [:]
    private var idByName: [String: Int] = [:]

    /// A new game of `unit`'s quiz, in the lobby.
    ///
    /// - Throws: `LiveRefusal` (`noQuiz`, `badSettings`) when the unit has no quiz, the host language is not
    ///   one of the unit's, speed points have no timer, or the timer or count is not positive.
    public init(unit: LessonUnit, settings: LiveSettings, at time: Double) throws(LiveRefusal) {
        guard let quiz = unit.quiz, !quiz.questions.isEmpty else {
            throw LiveRefusal(.noQuiz, "unit \(unit.id) has no quiz questions")
        }
        guard unit.languages.contains(settings.hostLanguage) else {
            throw LiveRefusal(
                .badSettings,
                "unit \(unit.id) is not written in '\(settings.hostLanguage)' "
                    + "(it has \(unit.languages.joined(separator: ", ")))")
        }
        if settings.points == .speed, settings.timer == nil {
            throw LiveRefusal(.badSettings, "speed points need a timer (a timer of some seconds, not off)")
        }
        if let timer = settings.timer, !(timer >= 1 && timer <= 3600) {
            throw LiveRefusal(.badSettings, "the timer must be 1 to 3600 seconds, or off")
        }
        if let count = settings.count, count < 1 {
            throw LiveRefusal(.badSettings, "the count must be at least 1")
        }
        if settings.unitID != unit.id || settings.unitVersion != unit.version {
            throw LiveRefusal(
                .badSettings,
                "the game was made for \(settings.unitID) version \(settings.unitVersion), "
                    + "but the library has \(unit.id) version \(unit.version)")
        }
        self.unit = unit
        self.settings = settings
        self.variant = QuizVariant.drawn(from: unit, count: settings.count, seed: settings.seed)
        self.lastTime = time
        self.answerCounts = Array(repeating: 0, count: variant.questions.count)
    }

    /// The first record of a game made by `init`.
    public var createdRecord: LiveRecord { .created(settings: settings, at: lastTime) }

    /// Rebuilds a game from its records. A question that was open when the records end is paused with the
    /// time it had left at the last record, so the host resumes it when the room is back.
    ///
    /// - Throws: `LiveRefusal` (`badRecords`) when the records do not start with `created` or a record does
    ///   not fit the game; the settings' refusals of `init`.
    public static func replay(_ records: [LiveRecord], unit: LessonUnit) throws(LiveRefusal) -> LiveGame {
        guard case .created(let settings, let time)? = records.first else {
            throw LiveRefusal(.badRecords, "the game's records do not start with its settings")
        }
        var game = try LiveGame(unit: unit, settings: settings, at: time)
        for (index, record) in records.enumerated().dropFirst() {
            guard game.fits(record) else {
                throw LiveRefusal(.badRecords, "record \(index + 1) does not fit the game")
            }
            game.apply(record)
        }
        if case .open(let question, let openedAt, let deadline, let before) = game.stage {
            let remaining = deadline.map { max(0, $0 - game.lastTime) }
            game.stage = .paused(
                question: question, remaining: remaining, elapsedBefore: before + max(0, game.lastTime - openedAt))
        }
        return game
    }

    // MARK: Players

    /// Adds a player. `token` is a fresh secret made by the caller (the server draws 128 random bits).
    ///
    /// - Throws: `LiveRefusal`: `ended`, `nameEmpty`, `nameTooLong` (over 24 characters or with control
    ///   characters), `nameTaken` (case-insensitive, and every `forgotten N`, kept for forgotten players),
    ///   `nameRemoved` (the host removed that name), `unknownLanguage`, `full`.
    public mutating func join(name: String, language: String, token: String, at time: Double) throws(LiveRefusal)
        -> (player: LivePlayer, record: LiveRecord)
    {
        if stage == .ended { throw LiveRefusal(.ended, "the quiz has ended") }
        let name = Self.cleanName(name)
        if name.isEmpty { throw LiveRefusal(.nameEmpty, "type a nickname or your participant key") }
        if name.count > Self.maxNameLength || name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw LiveRefusal(.nameTooLong, "a nickname is at most \(Self.maxNameLength) characters")
        }
        if let other = idByName[name.lowercased()] {
            if players[other].isKicked { throw LiveRefusal(.nameRemoved, "the host removed '\(name)'") }
            throw LiveRefusal(.nameTaken, "'\(name)' is taken: pick another nickname")
        }
        if LiveRecord.isForgottenForm(name) {
            throw LiveRefusal(.nameTaken, "'\(name)' is kept for forgotten players: pick another nickname")
        }
        guard unit.languages.contains(language) else {
            throw LiveRefusal(
                .unknownLanguage, "the quiz is in \(unit.languages.joined(separator: ", ")), not '\(language)'")
        }
        if players.count >= Self.maxPlayers { throw LiveRefusal(.full, "the game is full") }
        let record = LiveRecord.joined(player: players.count, token: token, name: name, language: language, at: time)
        apply(record)
        return (players[players.count - 1], record)
    }

    /// Renames `ids` to `LiveRecord.forgottenName`, as `participants forget` renamed them in the stored records
    /// while this game ran: they are left out of the results, the results page and the CSV.
    public mutating func forget(players ids: [Int]) {
        for id in ids where players.indices.contains(id) {
            players[id].name = LiveRecord.forgottenName(player: id)
        }
    }

    /// The player holding `token`.
    ///
    /// - Throws: `LiveRefusal` `unknownPlayer`, or `kicked` for a removed player.
    public func player(token: String) throws(LiveRefusal) -> LivePlayer {
        guard let id = idByToken[token] else { throw LiveRefusal(.unknownPlayer, "unknown player") }
        if players[id].isKicked { throw LiveRefusal(.kicked, "the host removed you from the game") }
        return players[id]
    }

    /// Takes a player's answer to the open question, as a paper cell.
    ///
    /// - Throws: `LiveRefusal`: `unknownPlayer`, `kicked`, `notOpen` (no question open, paused, or its timer
    ///   ran out), `otherQuestion` (the answer is for another question), `alreadyAnswered`, `badAnswer`.
    public mutating func answer(token: String, question: Int, cell: String, at time: Double) throws(LiveRefusal)
        -> LiveRecord
    {
        let player = try player(token: token)
        guard case .open(let open, let openedAt, let deadline, let before) = stage else {
            throw LiveRefusal(.notOpen, "the question is closed")
        }
        if let deadline, time >= deadline { throw LiveRefusal(.notOpen, "the question is closed") }
        guard question == open else { throw LiveRefusal(.otherQuestion, "that question is not the open one") }
        if player.answers[question] != nil { throw LiveRefusal(.alreadyAnswered, "you have already answered") }
        if case .failure(let problem) = PaperCell.parse(cell, for: variant.questions[question]) {
            throw LiveRefusal(.badAnswer, problem.description)
        }
        let record = LiveRecord.answered(
            player: player.id, question: question, cell: cell, elapsed: before + max(0, time - openedAt), at: time)
        apply(record)
        return record
    }

    // MARK: Host

    /// Carries out a host command.
    ///
    /// - Throws: `LiveRefusal` `notNow` when the command does not fit the stage (e.g. pause in the lobby),
    ///   `timerOff` to extend a game without a timer, `unknownPlayer` to kick a player who is not there.
    public mutating func host(_ command: LiveHostCommand, at time: Double) throws(LiveRefusal) -> LiveRecord {
        let record: LiveRecord
        switch (command, stage) {
        case (.next, .lobby):
            record = opening(0, at: time)
        case (.next, .open(let question, _, _, _)), (.next, .paused(let question, _, _)),
            (.close, .open(let question, _, _, _)), (.close, .paused(let question, _, _)):
            record = .closed(question: question, at: time)
        case (.next, .closed(let question)):
            record = question + 1 < variant.questions.count ? opening(question + 1, at: time) : .ended(at: time)
        case (.pause, .open):
            record = .paused(at: time)
        case (.resume, .paused):
            record = .resumed(at: time)
        case (.extend(let seconds), .open), (.extend(let seconds), .paused):
            guard settings.timer != nil else { throw LiveRefusal(.timerOff, "the timer is off") }
            guard seconds > 0, seconds <= 600 else {
                throw LiveRefusal(.notNow, "extend by 1 to 600 seconds")
            }
            record = .extended(seconds: seconds, at: time)
        case (.kick(let id), let stage) where stage != .ended:
            guard players.indices.contains(id), !players[id].isKicked else {
                throw LiveRefusal(.unknownPlayer, "no such player")
            }
            record = .kicked(player: id, at: time)
        case (.end, let stage) where stage != .ended:
            record = .ended(at: time)
        default:
            throw LiveRefusal(.notNow, "'\(command.name)' does not fit now")
        }
        apply(record)
        return record
    }

    /// Closes the open question when its timer has run out by `time`; nil when nothing changes.
    public mutating func tick(at time: Double) -> LiveRecord? {
        guard case .open(let question, _, let deadline?, _) = stage, time >= deadline else { return nil }
        let record = LiveRecord.closed(question: question, at: time)
        apply(record)
        return record
    }

    /// How many players who were not removed have answered question `index` (0 for a question not in the game).
    public func answeredCount(question index: Int) -> Int {
        answerCounts.indices.contains(index) ? answerCounts[index] : 0
    }

    /// When the open question's timer runs out, if one is running.
    public var deadline: Double? {
        if case .open(_, _, let deadline, _) = stage { return deadline }
        return nil
    }

    /// Seconds left on the timer at `time` (nil when no timer runs or the timer is off).
    public func remaining(at time: Double) -> Double? {
        switch stage {
        case .open(_, _, let deadline?, _): max(0, deadline - time)
        case .paused(_, let remaining, _): remaining
        default: nil
        }
    }

    private func opening(_ question: Int, at time: Double) -> LiveRecord {
        .opened(question: question, seconds: settings.timer, at: time)
    }

    // MARK: Records

    /// True when `record` can follow the game's current state (a check on replay).
    private func fits(_ record: LiveRecord) -> Bool {
        switch record {
        case .created: return false
        case .joined(let id, let token, let name, _, _):
            return id == players.count && idByToken[token] == nil && idByName[name.lowercased()] == nil
        case .opened(let question, _, _):
            return variant.questions.indices.contains(question)
        case .answered(let id, let question, let cell, _, _):
            return players.indices.contains(id) && stage.question == question && players[id].answers[question] == nil
                && (try? PaperCell.parse(cell, for: variant.questions[question]).get()) != nil
        case .closed(let question, _): return stage.question == question
        case .kicked(let id, _): return players.indices.contains(id)
        case .paused, .resumed, .extended, .ended: return true
        }
    }

    /// Applies a record; the only place the game changes.
    private mutating func apply(_ record: LiveRecord) {
        switch record {
        case .created(_, let time):
            lastTime = time
        case .joined(let id, let token, let name, let language, let time):
            players.append(LivePlayer(id: id, token: token, name: name, language: language))
            idByToken[token] = id
            idByName[name.lowercased()] = id
            activePlayerCount += 1
            lastTime = time
        case .opened(let question, let seconds, let time):
            stage = .open(question: question, openedAt: time, deadline: seconds.map { time + $0 }, elapsedBefore: 0)
            openedCount = max(openedCount, question + 1)
            lastTime = time
        case .answered(let id, let question, let cell, let elapsed, let time):
            let presented = variant.questions[question]
            let player = players[id]
            let response = (try? PaperCell.parse(cell, for: presented).get()) ?? .blank
            let fraction = QuestionScoring.fraction(of: presented.question, for: response, language: player.language)
            let points = settings.points.points(
                fraction: fraction, questionPoints: presented.question.points, elapsed: elapsed, timer: settings.timer)
            players[id].answers[question] = LiveAnswer(
                cell: cell, response: response, elapsed: elapsed, fraction: fraction, points: points)
            players[id].points += points
            if !player.isKicked { answerCounts[question] += 1 }
            lastTime = time
        case .closed(let question, let time):
            stage = .closed(question: question)
            lastTime = time
        case .paused(let time):
            if case .open(let question, let openedAt, let deadline, let before) = stage {
                stage = .paused(
                    question: question, remaining: deadline.map { max(0, $0 - time) },
                    elapsedBefore: before + max(0, time - openedAt))
            }
            lastTime = time
        case .resumed(let time):
            if case .paused(let question, let remaining, let before) = stage {
                stage = .open(
                    question: question, openedAt: time, deadline: remaining.map { time + $0 }, elapsedBefore: before)
            }
            lastTime = time
        case .extended(let seconds, let time):
            switch stage {
            case .open(let question, let openedAt, let deadline?, let before):
                stage = .open(question: question, openedAt: openedAt, deadline: deadline + seconds, elapsedBefore: before)
            case .paused(let question, let remaining?, let before):
                stage = .paused(question: question, remaining: remaining + seconds, elapsedBefore: before)
            default: break
            }
            lastTime = time
        case .kicked(let id, let time):
            if !players[id].isKicked {
                players[id].isKicked = true
                activePlayerCount -= 1
                for question in players[id].answers.keys { answerCounts[question] -= 1 }
            }
            lastTime = time
        case .ended(let time):
            stage = .ended
            lastTime = time
        }
    }

    /// A name with its ends trimmed and inner runs of white space made one space.
    static func cleanName(_ name: String) -> String {
        name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
