/// Finds the value that a field path (`quiz.questions[0].assesses`) names in a YAML document. The validator
/// works on the decoded unit, which keeps the places of few values; this lets every problem it reports point
/// at the value that is wrong, looked up only when there is a problem to report.
struct ValueLocator {
    let root: YAMLNode
    let file: String

    /// The place of the value at `path`, or nil when the document has no value there (a missing field).
    func mark(of path: String) -> SourceMark? {
        guard !path.isEmpty else { return nil }
        var node = root
        for component in Self.components(of: path) {
            switch (component, node.content) {
            case (.key(let key), .mapping(let pairs)):
                guard let pair = pairs.first(where: { $0.key.scalarValue == key }) else { return nil }
                node = pair.value
            case (.index(let index), .sequence(let items)) where items.indices.contains(index):
                node = items[index]
            default:
                return nil
            }
        }
        return SourceMark(file: file, line: Int(node.line), column: Int(node.column))
    }

    /// `a.b[2].c` as keys and indices (the form `FieldPath.description` writes).
    static func components(of path: String) -> [FieldPath.Component] {
        var components: [FieldPath.Component] = []
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            let pieces = part.split(separator: "[", omittingEmptySubsequences: false)
            if let key = pieces.first, !key.isEmpty { components.append(.key(String(key))) }
            for piece in pieces.dropFirst() {
                guard piece.hasSuffix("]"), let index = Int(piece.dropLast()) else { return [] }
                components.append(.index(index))
            }
        }
        return components
    }
}
