import EcoLearnPostgres
import EcoLearnTracking
import Foundation
import Testing

/// Reading `--db postgres://...` and finding the password as libpq does; no server needed.
@Suite struct PostgresLocationTests {
    @Test func urlPartsAndDefaults() throws {
        let place = try PostgresLocation(url: "postgres://amasya@db.example.org/ecolearn", environment: [:])
        #expect(place.user == "amasya" && place.host == "db.example.org" && place.port == 5432)
        #expect(place.database == "ecolearn" && place.sslMode == .prefer && place.password == nil)
        #expect(place.description == "postgres://amasya@db.example.org:5432/ecolearn")
        let local = try PostgresLocation(url: "postgresql://coordinator@127.0.0.1:6543/project?sslmode=disable", environment: [:])
        #expect(local.port == 6543 && local.sslMode == .disable)
    }

    @Test func passwordInTheURLIsRefused() {
        #expect(throws: StoreError.invalidInput([
            "the URL holds a password; remove it and give the password in the PGPASSWORD environment variable "
                + "or in ~/.pgpass (a password on the command line is kept in shell history)",
        ])) {
            try PostgresLocation(url: "postgres://amasya:secret@db.example.org/ecolearn", environment: [:])
        }
    }

    @Test func commandLineNamesTheOptionThatHeldTheURL() throws {
        let folder = try TestSupport.folder()
        let refusal = "the URL holds a password; remove it and give the password in the PGPASSWORD environment "
            + "variable or in ~/.pgpass (a password on the command line is kept in shell history)\n"
        let report = try TrackingCLI.run(["report", "--db", "postgres://ecolearn:secret@127.0.0.1/project"], in: folder)
        #expect(report == TrackingCLI.Result(status: 1, stdout: "", stderr: "error: --db: " + refusal))
        let setUp = try TrackingCLI.run(["store", "init", "postgres://ecolearn:secret@127.0.0.1/project"], in: folder)
        #expect(setUp == TrackingCLI.Result(status: 1, stdout: "", stderr: "error: <url>: " + refusal))
    }

    @Test func incompleteURLsAreNamed() throws {
        #expect(throws: StoreError.invalidInput(["the URL names no user; expected postgres://USER@HOST:PORT/DATABASE"])) {
            try PostgresLocation(url: "postgres://db.example.org/ecolearn", environment: [:])
        }
        #expect(throws: StoreError.invalidInput(["the URL names no database; expected postgres://USER@HOST:PORT/DATABASE"])) {
            try PostgresLocation(url: "postgres://u@db.example.org", environment: [:])
        }
        let known = "known: sslmode=disable|prefer|require|verify-ca|verify-full, sslrootcert=FILE"
        #expect(throws: StoreError.invalidInput(["unknown URL parameter 'sslmode=allow'; \(known)"])) {
            try PostgresLocation(url: "postgres://u@h/d?sslmode=allow", environment: [:])
        }
        #expect(throws: StoreError.invalidInput(["unknown URL parameter 'connect_timeout=5'; \(known)"])) {
            try PostgresLocation(url: "postgres://u@h/d?connect_timeout=5", environment: [:])
        }
        #expect(throws: StoreError.invalidInput(["sslrootcert: cannot read '/no/such/ca.crt' (a PEM file of certificate authorities)"])) {
            try PostgresLocation(url: "postgres://u@h/d?sslmode=verify-full&sslrootcert=/no/such/ca.crt", environment: [:])
        }
        let verified = try PostgresLocation(url: "postgres://u@h/d?sslmode=verify-full&sslrootcert=/etc/hostname", environment: [:])
        #expect(verified.sslMode == .verifyFull && verified.rootCertificates == "/etc/hostname")
    }

    @Test func passwordFileLinesAreMatchedInOrderWithWildcardsAndEscapes() throws {
        let file = try TestSupport.folder().appendingPathComponent("pgpass")
        try Data("""
            # comment
            other.host:5432:*:amasya:wrong
            db.example.org:5432:ecolearn:amasya:first\\:part\\\\two
            *:*:*:amasya:fallback

            """.utf8).write(to: file)
        let environment = ["PGPASSFILE": file.path]
        #expect(try PostgresLocation(url: "postgres://amasya@db.example.org/ecolearn", environment: environment).password
            == "first:part\\two")
        #expect(try PostgresLocation(url: "postgres://amasya@elsewhere:1/x", environment: environment).password == "fallback")
        #expect(try PostgresLocation(url: "postgres://suluova@elsewhere:1/x", environment: environment).password == nil)
        let both = environment.merging(["PGPASSWORD": "from-environment"]) { $1 }
        #expect(try PostgresLocation(url: "postgres://amasya@db.example.org/ecolearn", environment: both).password
            == "from-environment")
    }
}
