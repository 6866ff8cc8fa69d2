import ArgumentParser
import EcoLearnPostgres
import EcoLearnTracking
import Foundation

/// `ecolearn store init postgres://...`: the schema, the roles, the row-level security policies and the funder views.
struct StoreInitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the schema, the roles (town writer, coordinator, funder), row-level security and the "
            + "funder views on a PostgreSQL database; safe to run again.",
        discussion: "Run it as the login that owns the database (it must be allowed to create roles), with the "
            + "password in PGPASSWORD or ~/.pgpass. Then give logins their rights with `ecolearn store grant`.")

    @Argument(help: ArgumentHelp("The database, as postgres://USER@HOST:PORT/DATABASE.", valueName: "url"))
    var url: String

    func run() async throws {
        try await Tracking.run {
            guard StoreLocation.isServerURL(url) else {
                throw StoreError.invalidInput([
                    "\(url): not a postgres:// URL; roles are for a shared PostgreSQL store (an SQLite file has none)",
                ])
            }
            let store = try await StoreOptions.openServer(
                url, environment: ProcessInfo.processInfo.environment, create: true, option: "<url>")
            let migrations = try await store.appliedMigrations()
            let setup = try await store.setUpAccess()
            await store.close()
            print("\(store.location): schema up to date (\(migrations.count) migrations)")
            for (index, (role, name)) in setup.roles.enumerated() {
                let state = setup.created.contains(name) ? "created" : "already there"
                print("\(index == 0 ? "roles:" : "      ") \(name) (\(role.summary); \(state))")
            }
            print("row-level security: \(setup.protectedTables.joined(separator: ", "))")
            print("funder views: \(setup.funderViews.joined(separator: ", "))")
            print("next: ecolearn store grant --db \(store.location) --role town-writer --town TOWN LOGIN")
        }
    }
}
