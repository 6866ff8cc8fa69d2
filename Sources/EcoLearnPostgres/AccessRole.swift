/// What a login may do on a project's shared PostgreSQL store, enforced by the server (roles, row-level security,
/// views): given by `PostgresParticipationStore.grant`.
public enum AccessRole: String, CaseIterable, Sendable {
    /// Writes events of its own towns, with their lessons, headcounts, attendances and quiz results; reads every
    /// event and the funder views, but only its own towns' attendances and quiz results.
    case townWriter = "town-writer"
    /// The project coordinator: reads everything, writes nothing.
    case coordinator
    /// The funder: reads only the `funder_` views (counts, no participant key, organisation or consent flag).
    case funder

    /// The group role of this kind on `database`: `<database>_town_writer`, `_coordinator`, `_funder`.
    func groupRole(database: String) -> String {
        switch self {
        case .townWriter: return database + "_town_writer"
        case .coordinator: return database + "_coordinator"
        case .funder: return database + "_funder"
        }
    }

    /// What the role may do, in a few words.
    public var summary: String {
        switch self {
        case .townWriter: return "writes its towns' events, attendances, headcounts and quiz results"
        case .coordinator: return "reads everything"
        case .funder: return "reads only the funder_ views"
        }
    }
}
