/// A place in a source file: the file's path (relative to the library where it came from one) and a 1-based
/// line and column. Columns count Unicode scalars, as editors do.
public struct SourceMark: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:col`, the form editors and terminals turn into links.
    public var description: String { "\(file):\(line):\(column)" }
}
