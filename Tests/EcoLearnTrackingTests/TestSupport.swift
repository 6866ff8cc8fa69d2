import EcoLearnPostgres
import EcoLearnSQLite
import EcoLearnTracking
import Foundation

/// Fixtures and throwaway databases for the tracking tests.
enum TestSupport {
    /// A fixture file's bytes.
    static func fixture(_ path: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: "Fixtures/" + path, withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        return try Data(contentsOf: url)
    }

    /// A fixture file's URL.
    static func fixtureURL(_ path: String) -> URL? {
        Bundle.module.url(forResource: "Fixtures/" + path, withExtension: nil)
    }

    /// A new empty folder under the temporary directory.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ecolearn-tracking-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A fresh SQLite store in its own folder.
    static func sqliteStore() throws -> SQLiteParticipationStore {
        try SQLiteParticipationStore(path: folder().appendingPathComponent("participation.sqlite").path)
    }

    /// A fresh, empty store on `backend` (on PostgreSQL, in a database of its own).
    static func store(_ backend: Backend) async throws -> any ParticipationStore {
        switch backend {
        case .sqlite: return try sqliteStore()
        case .postgres: return try await PostgresParticipationStore(url: TestPostgres.newDatabase())
        }
    }

    /// Unit ids the small data set's lessons are checked against.
    static let lessons: Set<String> = ["waste-hierarchy", "sorting-at-home-latvia", "sifir-atik-turkiye"]

    /// A store holding the small hand-computed data set: Fixtures/small/events.csv, attendance.csv, and quiz results.
    static func smallDataSet(_ backend: Backend) async throws -> any ParticipationStore {
        let store = try await store(backend)
        _ = try await store.importEvents(
            data: fixture("small/events.csv"), fileName: "events.csv", options: ImportOptions(knownLessons: lessons))
        _ = try await store.importAttendance(data: fixture("small/attendance.csv"), fileName: "attendance.csv")
        _ = try await store.saveQuizResults(quizResults)
        return store
    }

    /// Pre: R1 40 %, R2 60 % (mean 50); post: R1 80, R2 100, R3 90 (mean 90): gain 0.8. Per objective:
    /// name-streams pre 75 %, post 91.67 %, gain 0.67; rinse pre 0 %, post 83.33 %, gain 0.83.
    /// waste-hierarchy has a pre-test only (LV-01, 50 %).
    static var quizResults: [QuizResultInput] {
        func result(_ respondent: String, _ phase: QuizPhase, _ percent: Double, _ fractions: [Double]) -> QuizResultInput {
            let objectives = ["name-streams", "name-streams", "rinse"]
            return QuizResultInput(
                unitID: "sorting-at-home-latvia", unitVersion: 2, seed: 2019, respondent: respondent, phase: phase,
                event: "E2", percent: percent,
                answers: fractions.enumerated().map {
                    .init(questionID: "q\($0.offset + 1)", objectiveID: objectives[$0.offset], fraction: $0.element)
                })
        }
        return [
            result("R1", .pre, 40, [1, 0, 0]), result("R2", .pre, 60, [1, 1, 0]),
            result("R1", .post, 80, [1, 1, 0.5]), result("R2", .post, 100, [1, 1, 1]), result("R3", .post, 90, [1, 0.5, 1]),
            QuizResultInput(
                unitID: "waste-hierarchy", unitVersion: 1, seed: nil, respondent: "LV-01", phase: .pre, event: "E1",
                percent: 50, answers: [.init(questionID: "order", objectiveID: "order-steps", fraction: 0.5)]),
        ]
    }
}

/// Runs the built `ecolearn` binary (next to the test bundle) as a coordinator would, and captures what it says.
enum TrackingCLI {
    struct Result: Equatable {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var executable: URL { Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("ecolearn") }

    /// Runs `ecolearn arguments...` in `directory`; `asNobody` runs it as the unprivileged account 65534
    /// (for permission tests when the tests run as root).
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:], asNobody: Bool = false) throws -> Result {
        let process = Process()
        if asNobody {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", try nobodysExecutable().path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory
        var env = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A copy of the executable in a folder anyone may enter (the build folder may be inside a home folder that
    /// account 65534 cannot reach).
    private static func nobodysExecutable() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ecolearn-nobody-\(getpid())")
        let copy = folder.appendingPathComponent("ecolearn")
        if !FileManager.default.fileExists(atPath: copy.path) {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
            try FileManager.default.copyItem(at: executable, to: copy)
        }
        return copy
    }

    /// A folder holding a database with the small data set (`t.db`), for command-line tests.
    static func smallDataSetFolder() throws -> URL {
        let folder = try TestSupport.folder()
        let store = try SQLiteParticipationStore(path: folder.appendingPathComponent("t.db").path)
        _ = try store.importEvents(
            data: TestSupport.fixture("small/events.csv"), fileName: "events.csv",
            options: ImportOptions(knownLessons: TestSupport.lessons))
        _ = try store.importAttendance(
            data: TestSupport.fixture("small/attendance.csv"), fileName: "attendance.csv", options: ImportOptions())
        return folder
    }

    /// A file's bytes, nil when it cannot be read.
    static func bytes(_ url: URL) -> Data? { try? Data(contentsOf: url) }
}
