extension SkeletonWriter {
    /// Why a new unit is refused before anything is written: a usage mistake, not a problem of the workspace.
    public enum Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        case idNotASlug(String)
        case folderNotASlug(String)
        case unsupportedLanguage(String)
        /// A unit with this id is already in the library, in `file`.
        case unitExists(id: String, file: String)

        public var description: String {
            switch self {
            case .idNotASlug(let id): "'\(id)' is not a slug: use lowercase letters, digits and single hyphens"
            case .folderNotASlug(let folder): "folder '\(folder)' must be a slug such as waste"
            case .unsupportedLanguage(let language):
                "unsupported language '\(language)'; use \(Vocabulary.supportedLanguages.joined(separator: ", "))"
            case .unitExists(let id, let file): "a unit '\(id)' already exists: \(file)"
            }
        }
    }

    /// The first reason the id, folder and languages cannot make a unit, or nil when they can.
    public static func refusal(id: String, languages: [String], folder: String) -> Refusal? {
        guard Vocabulary.isSlug(id) else { return .idNotASlug(id) }
        guard Vocabulary.isSlug(folder) else { return .folderNotASlug(folder) }
        if let language = languages.first(where: { !Vocabulary.supportedLanguages.contains($0) }) {
            return .unsupportedLanguage(language)
        }
        return nil
    }

    /// Writes a new unit's skeleton after checking the id, folder and languages and that the library has no
    /// unit with this id; returns its path relative to the workspace.
    ///
    /// - Throws: `Refusal` when the unit cannot be made as asked; `Problem` when the file cannot be written.
    public func create(id: String, languages: [String], folder: String) throws -> String {
        if let refusal = Self.refusal(id: id, languages: languages, folder: folder) { throw refusal }
        if let existing = Library.load(at: root, only: [id]).unit(id) { throw Refusal.unitExists(id: id, file: existing.file) }
        return try write(id: id, languages: languages, folder: folder)
    }
}
