import ArgumentParser
import EcoLearnPostgres
import EcoLearnTracking
import Foundation

/// `ecolearn store grant --role ROLE [--town TOWN...] LOGIN`: a login with its rights on the shared store.
struct StoreGrantCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grant",
        abstract: "Give a login a role on the shared PostgreSQL store, making the login when it does not exist.",
        discussion: "A new login gets the password in $ECOLEARN_LOGIN_PASSWORD when that is set; otherwise a random "
            + "one, printed once (the server keeps only a SCRAM verifier of it). An existing login keeps its "
            + "password unless $ECOLEARN_LOGIN_PASSWORD is set. Passwords are never taken from the command line.")

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: ArgumentHelp("town-writer, coordinator or funder.", valueName: "role")) var role: AccessRole
    @Option(name: .customLong("town"), help: "A town whose events a town writer writes (repeat for several).")
    var towns: [String] = []
    @Argument(help: "The login (lower-case letters, digits, '_', '.', '-').") var login: String

    func run() async throws {
        try await Tracking.run {
            let environment = ProcessInfo.processInfo.environment
            guard case .postgres(let url) = StoreLocation.resolve(library: ".", db: storeOptions.db, environment: environment)
            else {
                throw StoreError.invalidInput([
                    "--db: give the shared store as postgres://USER@HOST:PORT/DATABASE (or in ECOLEARN_DB); "
                        + "an SQLite file has no logins",
                ])
            }
            let password = environment["ECOLEARN_LOGIN_PASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
            let store = try await StoreOptions.openServer(url, environment: environment, create: false)
            let grant: AccessGrant
            do {
                grant = try await store.grant(role, to: login, towns: towns, password: password)
            } catch {
                await store.close()
                throw error
            }
            await store.close()
            let towns = grant.towns.isEmpty ? "" : " for \(grant.towns.joined(separator: ", "))"
            let state = grant.created ? "Created login" : password == nil ? "Login (password unchanged)" : "Login (new password)"
            print("\(state) \(grant.login): \(grant.role.rawValue)\(towns) on \(store.location)")
            if let secret = grant.generatedPassword {
                print("password (shown once; keep it in the login's ~/.pgpass or a password manager): \(secret)")
            }
        }
    }
}

extension AccessRole: ExpressibleByArgument {}
