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

extension SourceMark {
    /// The place of byte `offset` in the UTF-8 text `bytes` of `file`, counting columns in Unicode scalars.
    init<Bytes: Collection<UInt8>>(file: String, byteOffset offset: Int, in bytes: Bytes) {
        var line = 1
        var column = 1
        for byte in bytes.prefix(max(offset, 0)) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        self.init(file: file, line: line, column: column)
    }
}
