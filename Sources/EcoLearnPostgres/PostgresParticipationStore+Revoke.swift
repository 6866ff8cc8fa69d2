import EcoLearn
import EcoLearnTracking
import PostgresNIO

/// What `revoke` did.
public struct AccessRevoke: Sendable, Equatable {
    public var login: String
    /// The roles the login had on this database and no longer has.
    public var roles: [AccessRole]
    /// The towns taken from a town writer.
    public var towns: [String]
    /// The towns a town writer still writes (empty when it is no town writer any more).
    public var townsLeft: [String]

    public init(login: String, roles: [AccessRole], towns: [String], townsLeft: [String]) {
        self.login = login
        self.roles = roles
        self.towns = towns
        self.townsLeft = townsLeft
    }
}

extension PostgresParticipationStore {
    /// Takes rights away from `login` on this database: with `towns`, those towns from a town writer (and the town
    /// writer's role with its last town); without, every role and town it has here. The login itself stays (it is
    /// the cluster's, and may have rights on other databases).
    ///
    /// - Throws: `StoreError.invalidInput` for a login that does not exist, is a group role or the login running
    ///   this, a town the login does not write, or a database where `setUpAccess` has not run.
    public func revoke(from login: String, towns: [String] = []) async throws -> AccessRevoke {
        let towns = towns.map { $0.trimmingCharacters(in: .whitespaces) }
        let location = self.location
        return try await transaction { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.accessLock))", logger: Self.logger)
            let (database, schema) = try await Self.place(connection)
            let logins = AccessSQL.quoted(schema) + "." + AccessSQL.quoted(AccessSQL.townLogins)
            var ready = SQLText()
            ready.append("SELECT to_regclass(\(ready.bind(logins))) IS NOT NULL")
            let setUp = try await connection.rows(ready, as: Bool.self).first ?? false
            guard setUp else {
                throw StoreError.invalidInput([
                    "\(location): no access roles on this database yet; set them up first with `ecolearn store init`",
                ])
            }
            var existing = SQLText()
            existing.append("SELECT rolcanlogin, rolname = current_user FROM pg_roles WHERE rolname = \(existing.bind(login))")
            guard let (canLogin, isSelf) = try await connection.rows(existing, as: Bool.self, Bool.self).first else {
                throw StoreError.invalidInput(["login \(TerminalText.quoted(login)): no such login on this server"])
            }
            if !canLogin || isSelf {
                throw StoreError.invalidInput([
                    "login \(TerminalText.quoted(login)): "
                        + (isSelf ? "that is the login running this" : "that is a group role, not a login"),
                ])
            }
            var written = SQLText()
            written.append("SELECT town FROM \(logins) WHERE login = \(written.bind(login)) ORDER BY town COLLATE \"C\"")
            let before: [String] = try await connection.rows(written, as: String.self)
            let taken = towns.isEmpty ? before : before.filter { town in towns.contains { $0.lowercased() == town.lowercased() } }
            let unknown = towns.filter { town in !before.contains { $0.lowercased() == town.lowercased() } }
            if !unknown.isEmpty {
                throw StoreError.invalidInput(unknown.map {
                    "town \(TerminalText.quoted($0)): \(login) does not write it"
                        + (before.isEmpty ? " (it is no town writer)" : " (it writes \(before.joined(separator: ", ")))")
                })
            }
            var remove = SQLText()
            remove.append("DELETE FROM \(logins) WHERE login = \(remove.bind(login)) AND town = ANY(\(remove.bind(taken))::text[])")
            try await connection.execute(remove)
            let left = before.filter { !taken.contains($0) }
            var roles: [AccessRole] = []
            for role in AccessRole.allCases where towns.isEmpty || (role == .townWriter && left.isEmpty) {
                var member = SQLText()
                member.append("""
                    SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles l ON l.oid = m.member
                    WHERE g.rolname = \(member.bind(role.groupRole(database: database))) AND l.rolname = \(member.bind(login))
                    """)
                guard try await connection.rows(member, as: Int.self).first ?? 0 > 0 else { continue }
                try await Self.run(
                    "REVOKE \(AccessSQL.quoted(role.groupRole(database: database))) FROM \(AccessSQL.quoted(login))", connection)
                roles.append(role)
            }
            return AccessRevoke(login: login, roles: roles, towns: taken, townsLeft: left)
        }
    }
}
