/// One problem found in an input: where it is, how bad it is, what is wrong and what to do about it.
public struct Diagnostic: Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    /// A secondary place that explains the main one (for example the first definition of a duplicate key).
    public struct Note: Sendable, Hashable, Codable {
        public var mark: SourceMark?
        public var message: String

        public init(mark: SourceMark?, message: String) {
            self.mark = mark
            self.message = message
        }
    }

    public var severity: Severity
    /// Where the problem is; nil for problems of a whole input that has no position (an unreadable file).
    public var mark: SourceMark?
    /// The file the problem belongs to when `mark` is nil.
    public var file: String?
    /// The field path inside the document, e.g. `activities[1].steps.lv`; empty for the document itself.
    public var path: String
    public var message: String
    public var hint: String?
    public var notes: [Note]

    public init(
        _ severity: Severity, at mark: SourceMark?, path: String = "", _ message: String,
        hint: String? = nil, notes: [Note] = [], file: String? = nil
    ) {
        self.severity = severity
        self.mark = mark
        self.path = path
        self.message = message
        self.hint = hint
        self.notes = notes
        self.file = file ?? mark?.file
    }

    public static func error(
        _ message: String, at mark: SourceMark?, path: String = "", hint: String? = nil, notes: [Note] = []
    ) -> Diagnostic {
        Diagnostic(.error, at: mark, path: path, message, hint: hint, notes: notes)
    }

    public static func warning(
        _ message: String, at mark: SourceMark?, path: String = "", hint: String? = nil, notes: [Note] = []
    ) -> Diagnostic {
        Diagnostic(.warning, at: mark, path: path, message, hint: hint, notes: notes)
    }

    /// The one-line form: `file:line:col: error: path: message (hint)`.
    public var summaryLine: String {
        var location = ""
        if let mark { location = "\(mark): " } else if let file { location = "\(file): " }
        let field = path.isEmpty ? "" : "\(path): "
        let hintText = hint.map { " (hint: \($0))" } ?? ""
        return "\(location)\(severity.rawValue): \(field)\(message)\(hintText)"
    }
}

extension Array where Element == Diagnostic {
    /// True when any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Diagnostics in reading order: by file, line, column, then message.
    public func sortedByPlace() -> [Diagnostic] {
        sorted { a, b in
            let fa = a.file ?? "", fb = b.file ?? ""
            if fa != fb { return fa < fb }
            let la = a.mark?.line ?? 0, lb = b.mark?.line ?? 0
            if la != lb { return la < lb }
            let ca = a.mark?.column ?? 0, cb = b.mark?.column ?? 0
            if ca != cb { return ca < cb }
            return a.message < b.message
        }
    }
}
