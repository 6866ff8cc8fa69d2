import Foundation

extension PackPart {
    /// Why a list of part names cannot be read; the description names the closest part and every part.
    public struct UnknownName: Error, Sendable, Equatable, CustomStringConvertible {
        /// The name as written (trimmed).
        public var name: String

        public var description: String {
            let names = PackPart.allCases.map(\.rawValue)
            let near = Suggestion.closest(to: name, in: names).map { " (did you mean '\($0)'?)" } ?? ""
            return "unknown part '\(name)'\(near); parts: \(names.joined(separator: ", "))"
        }
    }

    /// The parts named in a comma-separated list such as `cover,quiz, answer-key`, in the order written.
    public static func list(parsing text: String) throws(UnknownName) -> [PackPart] {
        var parts: [PackPart] = []
        for word in text.split(separator: ",") {
            let name = word.trimmingCharacters(in: .whitespaces)
            guard let part = PackPart(rawValue: name) else { throw UnknownName(name: name) }
            parts.append(part)
        }
        return parts
    }
}
