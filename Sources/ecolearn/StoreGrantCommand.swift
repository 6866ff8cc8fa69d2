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
            let password = ProcessInfo.processInfo.environment["ECOLEARN_LOGIN_PASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
            let (grant, location) = try await storeOptions.withServer { store in
                try await store.grant(role, to: login, towns: towns, password: password)
            }
            let written = grant.towns.isEmpty ? "" : " for \(grant.towns.joined(separator: ", "))"
            let state = grant.created ? "Created login" : password == nil ? "Login (password unchanged)" : "Login (new password)"
            print("\(state) \(grant.login): \(grant.role.rawValue)\(written) on \(location)")
            if let secret = grant.generatedPassword {
                print("password (shown once; keep it in the login's ~/.pgpass or a password manager): \(secret)")
            }
        }
    }
}

extension AccessRole: ExpressibleByArgument {}
