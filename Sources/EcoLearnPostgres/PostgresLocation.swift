import EcoLearnTracking
import Foundation

/// A PostgreSQL server and database named by `postgres://USER@HOST:PORT/DATABASE[?sslmode=...&sslrootcert=FILE]`, with the password
/// found the way libpq finds it: the `PGPASSWORD` environment variable, else the password file (`PGPASSFILE`, or
/// `~/.pgpass`). A password inside the URL is refused: it would be kept in shell history and shown in process lists.
public struct PostgresLocation: Sendable, Equatable {
    public var user: String
    public var host: String
    public var port: Int
    public var database: String
    /// libpq's `sslmode`: `disable`, `prefer` (the default), `require`, `verify-ca` or `verify-full`.
    public var sslMode: SSLMode
    /// libpq's `sslrootcert`: a PEM file of the certificate authorities that `verify-ca` and `verify-full` trust
    /// (the system's when nil).
    public var rootCertificates: String?
    /// The password, when one was found.
    public var password: String?

    /// How TLS is used, as libpq's modes: `prefer` and `require` encrypt without checking the server's certificate
    /// (a default Debian server has a self-signed one), `verify-ca` checks it was signed by a trusted authority,
    /// `verify-full` also that it names the host.
    public enum SSLMode: String, Sendable, CaseIterable {
        case disable, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    /// The URL as typed, without any password: for messages.
    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    /// Reads `url`, then looks up the password in `environment` and the password file.
    ///
    /// - Throws: `StoreError.invalidInput` naming what is wrong with the URL.
    public init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
            scheme == "postgres" || scheme == "postgresql"
        else {
            throw StoreError.invalidInput(["'\(url)' is not a PostgreSQL URL; expected postgres://USER@HOST:PORT/DATABASE"])
        }
        if components.password != nil {
            throw StoreError.invalidInput([
                "the URL holds a password; remove it and give the password in the PGPASSWORD environment "
                    + "variable or in ~/.pgpass (a password on the command line is kept in shell history)",
            ])
        }
        guard let user = components.user, !user.isEmpty else {
            throw StoreError.invalidInput(["the URL names no user; expected postgres://USER@HOST:PORT/DATABASE"])
        }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else {
            throw StoreError.invalidInput(["the URL names no database; expected postgres://USER@HOST:PORT/DATABASE"])
        }
        self.user = user.removingPercentEncoding ?? user
        self.host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
        self.port = components.port ?? 5432
        self.database = database.removingPercentEncoding ?? database
        var sslMode = SSLMode.prefer
        var rootCertificates: String?
        for item in components.queryItems ?? [] {
            if item.name == "sslmode", let value = item.value, let mode = SSLMode(rawValue: value) {
                sslMode = mode
            } else if item.name == "sslrootcert", let value = item.value, !value.isEmpty {
                rootCertificates = value
            } else {
                throw StoreError.invalidInput([
                    "unknown URL parameter '\(item.name)=\(item.value ?? "")'; known: sslmode="
                        + SSLMode.allCases.map(\.rawValue).joined(separator: "|") + ", sslrootcert=FILE",
                ])
            }
        }
        if let rootCertificates, !FileManager.default.isReadableFile(atPath: rootCertificates) {
            throw StoreError.invalidInput(["sslrootcert: cannot read '\(rootCertificates)' (a PEM file of certificate authorities)"])
        }
        self.sslMode = sslMode
        self.rootCertificates = rootCertificates
        password = environment["PGPASSWORD"].flatMap { $0.isEmpty ? nil : $0 } ?? Self.passwordFromFile(
            host: self.host, port: self.port, database: self.database, user: self.user, environment: environment)
    }

    /// The password of the first matching line of the password file (`host:port:database:user:password`, `*`
    /// matching anything, `\:` and `\\` escaped), as libpq reads it.
    static func passwordFromFile(
        host: String, port: Int, database: String, user: String, environment: [String: String]
    ) -> String? {
        let path = environment["PGPASSFILE"]
            ?? environment["HOME"].map { URL(fileURLWithPath: $0).appendingPathComponent(".pgpass").path }
        guard let path, let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        let wanted = [host, String(port), database, user]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = Self.fields(of: line)
            guard fields.count == 5 else { continue }
            let matches = zip(fields.prefix(4), wanted).allSatisfy { field, value in
                field == "*" || field == value
            }
            if matches { return fields[4] }
        }
        return nil
    }

    /// The colon-separated fields of a password file line, with `\` escapes undone.
    private static func fields(of line: Substring) -> [String] {
        var fields: [String] = [""]
        var escaped = false
        for character in line {
            if escaped {
                fields[fields.count - 1].append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 5 {
                fields.append("")
            } else {
                fields[fields.count - 1].append(character)
            }
        }
        return fields
    }
}
