import EcoLearnPostgres
import EcoLearnTracking
import Foundation
import PostgresNIO
import Testing

/// TLS to a server with a self-signed certificate, as a Debian server has one (scripts/with-postgres makes the test
/// server so): libpq's modes, where `prefer` (the default) and `require` encrypt without checking the certificate,
/// and `verify-ca` / `verify-full` check it against the system's authorities or the file of `sslrootcert`.
@Suite(.enabled(
    if: TestPostgres.url != nil && TestPostgres.certificate != nil,
    "needs ECOLEARN_TEST_POSTGRES_URL and ECOLEARN_TEST_POSTGRES_CA (scripts/with-postgres sets both)"))
struct PostgresTLSTests {
    /// The test server's URL for a new database, with `host` and the URL parameters `query`.
    private func url(host: String = "127.0.0.1", _ query: String) async throws -> String {
        var components = try #require(URLComponents(string: try await TestPostgres.newDatabase()))
        components.host = host
        return try #require(components.string) + query
    }

    /// Whether every connection of `store`'s login to its database is encrypted (and there is one at least).
    private func encrypted(_ store: PostgresParticipationStore) async throws -> Bool {
        let database = try #require(store.location.split(separator: "/").last.map(String.init))
        let rows = try await TestPostgres.withAdmin { connection in
            try await connection.query("""
                SELECT s.ssl FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid)
                WHERE a.datname = \(database) AND a.pid <> pg_backend_pid()
                """, logger: TestPostgres.logger)
                .collect().map { try $0.decode(Bool.self) }
        }
        return !rows.isEmpty && rows.allSatisfy { $0 }
    }

    @Test(arguments: ["", "?sslmode=prefer", "?sslmode=require"])
    func preferAndRequireEncryptWithASelfSignedCertificate(_ query: String) async throws {
        let store = try await PostgresParticipationStore(url: try await url(query))
        #expect(try await store.appliedMigrations() == StoreOpeningTests.allMigrations)
        #expect(try await encrypted(store))
        await store.close()
    }

    @Test func verifyingModesTrustTheAuthorityOfSSLRootCert() async throws {
        let authority = try #require(TestPostgres.certificate)
        for (host, mode) in [("127.0.0.1", "verify-ca"), ("localhost", "verify-full")] {
            let store = try await PostgresParticipationStore(
                url: try await url(host: host, "?sslmode=\(mode)&sslrootcert=\(authority)"))
            #expect(try await encrypted(store), "\(mode)")
            await store.close()
        }
    }

    @Test func aCertificateThatIsNotTrustedOrNamesAnotherHostIsExplained() async throws {
        let untrusted = try await url("?sslmode=verify-ca")
        let location = try PostgresLocation(url: untrusted).description
        await #expect(throws: StoreError.cannotOpen(
            path: location,
            reason: "the server's TLS certificate could not be verified (sslmode=verify-ca): it must be signed by an "
                + "authority this computer trusts, or by one in the file named by sslrootcert=FILE")) {
            try await PostgresParticipationStore(url: untrusted)
        }
        let authority = try #require(TestPostgres.certificate)
        let byAddress = try await url("?sslmode=verify-full&sslrootcert=\(authority)")
        await #expect(throws: StoreError.cannotOpen(
            path: try PostgresLocation(url: byAddress).description,
            reason: "the server's TLS certificate does not name the host '127.0.0.1' (sslmode=verify-full checks "
                + "that; name the server as its certificate does, not by its IP address)")) {
            try await PostgresParticipationStore(url: byAddress)
        }
    }
}
