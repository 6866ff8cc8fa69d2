import ArgumentParser
import EcoLearnPostgres

/// `ecolearn store revoke [--town TOWN...] LOGIN`: takes a login's rights on the shared store away.
struct StoreRevokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "Take a login's rights on the shared PostgreSQL store away: some towns of a town writer, or all.",
        discussion: "The login itself stays (logins belong to the whole server); without rights on this database it "
            + "cannot connect to it.")

    @OptionGroup var storeOptions: StoreOptions
    @Option(name: .customLong("town"), help: "A town to take from a town writer (repeat for several); without it, every right.")
    var towns: [String] = []
    @Argument(help: "The login.") var login: String

    func run() async throws {
        try await Tracking.run {
            let (revoked, location) = try await storeOptions.withServer { store in
                try await store.revoke(from: login, towns: towns)
            }
            print(Self.text(revoked, location: location))
        }
    }

    /// What was taken away, one line.
    static func text(_ revoked: AccessRevoke, location: String) -> String {
        var taken = revoked.roles.map { role in
            role == .townWriter && !revoked.towns.isEmpty ? "town-writer for \(revoked.towns.joined(separator: ", "))" : role.rawValue
        }
        if !revoked.roles.contains(.townWriter) && !revoked.towns.isEmpty {
            taken.append("towns \(revoked.towns.joined(separator: ", "))")
        }
        let left = revoked.townsLeft.isEmpty
            ? "no rights left there"
            : "still town-writer for \(revoked.townsLeft.joined(separator: ", "))"
        return "Revoked from \(revoked.login) on \(location): "
            + (taken.isEmpty ? "nothing (it had no rights there)" : taken.joined(separator: "; ")) + "; \(left)"
    }
}
