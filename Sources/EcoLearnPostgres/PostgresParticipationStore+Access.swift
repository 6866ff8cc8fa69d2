import EcoLearn
import EcoLearnTracking
import Foundation
import PostgresNIO

/// What `setUpAccess` made.
public struct AccessSetup: Sendable, Equatable {
    /// The group role of each kind, in `AccessRole.allCases` order.
    public var roles: [(role: AccessRole, name: String)]
    /// The roles that did not exist before.
    public var created: [String]
    /// The tables under row-level security.
    public var protectedTables: [String]
    /// The views a funder reads.
    public var funderViews: [String]

    public static func == (left: AccessSetup, right: AccessSetup) -> Bool {
        left.roles.map(\.name) == right.roles.map(\.name) && left.created == right.created
            && left.protectedTables == right.protectedTables && left.funderViews == right.funderViews
    }
}

/// What `grant` did.
public struct AccessGrant: Sendable, Equatable {
    public var login: String
    public var role: AccessRole
    /// Every town the login writes now (a town writer's; empty for the other roles).
    public var towns: [String]
    /// True when the login was made now.
    public var created: Bool
    /// The password made for a new login when none was given: shown once, stored nowhere (the server keeps only a
    /// SCRAM verifier).
    public var generatedPassword: String?

    public init(login: String, role: AccessRole, towns: [String], created: Bool, generatedPassword: String? = nil) {
        self.login = login
        self.role = role
        self.towns = towns
        self.created = created
        self.generatedPassword = generatedPassword
    }
}

extension PostgresParticipationStore {
    /// The advisory lock that serialises access changes (and migrations) on one database.
    static let accessLock: Int64 = 7_270_402

    /// Sets up who may do what on this database (DESIGN.md section 9): the group roles `<database>_town_writer`,
    /// `_coordinator` and `_funder`, the table of each town writer's towns, row-level security policies, the
    /// refusing triggers and the funder views. Safe to run again, also after later schema migrations.
    ///
    /// Needs a login that owns the tables and may create roles (the one that made the database).
    /// - Throws: `StoreError.refusedByServer` when the login lacks a right.
    public func setUpAccess() async throws -> AccessSetup {
        try await transaction { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.accessLock))", logger: Self.logger)
            let (database, schema) = try await Self.place(connection)
            var setup = AccessSQL(database: database, schema: schema, tables: [])
            let roles = AccessRole.allCases.map { ($0, $0.groupRole(database: database)) }
            var created: [String] = []
            for (_, name) in roles {
                if try await Self.roleExists(name, connection) { continue }
                try await Self.run("CREATE ROLE \(AccessSQL.quoted(name)) NOLOGIN", connection)
                created.append(name)
            }
            try await Self.run(setup.townLoginTable, connection)
            var tables = SQLText()
            tables.append("SELECT tablename::text FROM pg_tables WHERE schemaname = \(tables.bind(schema))")
            setup.tables = Set(try await connection.rows(tables, as: String.self))
            var policies = SQLText()
            policies.append("""
                SELECT tablename::text, policyname::text FROM pg_policies
                WHERE schemaname = \(policies.bind(schema)) AND policyname LIKE 'ecolearn\\_%'
                """)
            for (table, policy) in try await connection.rows(policies, as: String.self, String.self) {
                try await Self.run("DROP POLICY \(AccessSQL.quoted(policy)) ON \(setup.qualified(table))", connection)
            }
            for statement in setup.statements { try await Self.run(statement, connection) }
            return AccessSetup(
                roles: roles, created: created,
                protectedTables: AccessSQL.protectedTables.filter(setup.tables.contains),
                funderViews: AccessSQL.funderViews)
        }
    }

    /// Gives `login` a role on this database, making the login when it does not exist (with `password`, or a new
    /// random one returned once). A town writer's towns are added to those it already writes. An existing login
    /// keeps its password unless `password` is given.
    ///
    /// - Throws: `StoreError.invalidInput` for a bad login name, missing or needless towns, a superuser or a group
    ///   role named as the login, or a database where `setUpAccess` has not run.
    public func grant(
        _ role: AccessRole, to login: String, towns: [String], password: String? = nil
    ) async throws -> AccessGrant {
        let towns = towns.map { $0.trimmingCharacters(in: .whitespaces) }
        try Self.check(login: login, role: role, towns: towns)
        let location = self.location
        return try await transaction { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.accessLock))", logger: Self.logger)
            let (database, schema) = try await Self.place(connection)
            let group = role.groupRole(database: database)
            let logins = AccessSQL.quoted(schema) + "." + AccessSQL.quoted(AccessSQL.townLogins)
            var ready = SQLText()
            ready.append("SELECT to_regclass(\(ready.bind(logins))) IS NOT NULL")
            guard try await Self.roleExists(group, connection), try await connection.rows(ready, as: Bool.self).first == true
            else {
                throw StoreError.invalidInput([
                    "\(location): no access roles on this database yet; set them up first with `ecolearn store init`",
                ])
            }
            var existing = SQLText()
            existing.append("""
                SELECT rolcanlogin, rolsuper OR rolbypassrls, rolname = current_user FROM pg_roles
                WHERE rolname = \(existing.bind(login))
                """)
            let found = try await connection.rows(existing, as: Bool.self, Bool.self, Bool.self).first
            if let (canLogin, powerful, isSelf) = found, !canLogin || powerful || isSelf {
                throw StoreError.invalidInput([
                    "login \(TerminalText.quoted(login)): "
                        + (isSelf ? "that is the login running this; give rights to another login"
                            : powerful ? "a superuser (or a role that bypasses row-level security) passes every policy; choose another login"
                            : "that is a group role, not a login; choose another name"),
                ])
            }
            var generated: String?
            if found == nil {
                let secret = password ?? Self.newPassword()
                if password == nil { generated = secret }
                try await Self.run(
                    "CREATE ROLE \(AccessSQL.quoted(login)) LOGIN PASSWORD '\(SCRAMVerifier.make(password: secret))'",
                    connection)
            } else if let password {
                try await Self.run(
                    "ALTER ROLE \(AccessSQL.quoted(login)) PASSWORD '\(SCRAMVerifier.make(password: password))'",
                    connection)
            }
            try await Self.run("GRANT \(AccessSQL.quoted(group)) TO \(AccessSQL.quoted(login))", connection)
            var written: [String] = []
            if role == .townWriter {
                var add = SQLText()
                add.append("""
                    INSERT INTO \(logins) (login, town) SELECT \(add.bind(login)), unnest(\(add.bind(towns))::text[])
                    ON CONFLICT DO NOTHING
                    """)
                try await connection.execute(add)
                var all = SQLText()
                all.append("SELECT town FROM \(logins) WHERE login = \(all.bind(login)) ORDER BY town COLLATE \"C\"")
                written = try await connection.rows(all, as: String.self)
            }
            return AccessGrant(login: login, role: role, towns: written, created: found == nil, generatedPassword: generated)
        }
    }

    /// Checks a grant's words before anything is sent.
    private static func check(login: String, role: AccessRole, towns: [String]) throws {
        var problems: [String] = []
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789_.-")
        if login.isEmpty || login.utf8.count > 63 || !login.allSatisfy(allowed.contains) || login.hasPrefix("pg_") {
            problems.append(
                "login \(TerminalText.quoted(login)): expected 1 to 63 lower-case letters, digits, '_', '.' or '-' "
                    + "(not starting with pg_)")
        }
        if role == .townWriter && towns.isEmpty {
            problems.append("a town writer needs at least one town")
        }
        if towns.contains(where: \.isEmpty) { problems.append("a town is empty") }
        if role != .townWriter && !towns.isEmpty {
            problems.append("only a town writer has towns (a \(role.rawValue) \(role.summary))")
        }
        if !problems.isEmpty { throw StoreError.invalidInput(problems) }
    }

    /// A new password: 24 letters and digits from the system's random source (about 140 bits).
    static func newPassword() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<24).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }

    /// The database's name and the schema its tables are in.
    static func place(_ connection: PostgresConnection) async throws -> (String, String) {
        let rows = try await connection.rows(
            SQLText("SELECT current_database()::text, current_schema()::text"), as: String.self, String.self)
        guard let place = rows.first else { throw StoreError.refusedByServer(location: "", message: "no current database") }
        if place.0.utf8.count > 48 {
            throw StoreError.invalidInput([
                "database \(TerminalText.quoted(place.0)): its name is longer than 48 bytes, too long for role names",
            ])
        }
        return place
    }

    static func roleExists(_ name: String, _ connection: PostgresConnection) async throws -> Bool {
        var sql = SQLText()
        sql.append("SELECT count(*) FROM pg_roles WHERE rolname = \(sql.bind(name))")
        return try await connection.rows(sql, as: Int.self).first ?? 0 > 0
    }

    /// Runs one statement that takes no values.
    static func run(_ statement: String, _ connection: PostgresConnection) async throws {
        try await connection.execute(SQLText(statement))
    }
}
