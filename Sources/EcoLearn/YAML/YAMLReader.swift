import CYAML

/// Reads one YAML document into a `YAMLNode` tree through libyaml's event parser, with a position on every
/// node. It refuses what a lesson file never needs and an attacker would use: binary or non-UTF-8 input,
/// nesting past `YAMLLimits.maxDepth` (checked while streaming, before libyaml's cost grows), and aliases that
/// would expand past `YAMLLimits.maxAliasExpansion` nodes (never expanded: an alias shares the anchored node).
public struct YAMLReader: Sendable {
    /// What reading a file gave: the root node (nil when the file could not be read as YAML) and the problems.
    public struct Output: Sendable {
        public var root: YAMLNode?
        public var diagnostics: [Diagnostic]
    }

    public var limits: YAMLLimits

    public init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    /// Reads `bytes`, naming `file` in every diagnostic.
    public func read(_ bytes: [UInt8], file: String) -> Output {
        if let problem = precheck(bytes, file: file) {
            return Output(root: nil, diagnostics: [problem])
        }
        let bomLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return bytes.withUnsafeBufferPointer { buffer in
            let body = UnsafeBufferPointer(rebasing: buffer[bomLength...])
            var builder = YAMLTreeBuilder(file: file, limits: limits, bytes: body)
            return builder.run()
        }
    }

    /// The diagnostic for a file over `YAMLLimits.maxFileBytes` (also used before reading such a file).
    public func tooLarge(size: Int, file: String) -> Diagnostic {
        Diagnostic(
            .error, at: nil,
            "file is \(size / 1_048_576) MiB; a lesson file is at most \(limits.maxFileBytes / 1_048_576) MiB",
            hint: "split the unit into smaller units", file: file)
    }

    /// Problems of the file as a whole, found before parsing: size, emptiness, binary content.
    private func precheck(_ bytes: [UInt8], file: String) -> Diagnostic? {
        if bytes.count > limits.maxFileBytes { return tooLarge(size: bytes.count, file: file) }
        if bytes.withUnsafeBufferPointer({ ByteSearch.contains($0, byte: 0) }) {
            if let encoding = WideEncoding.name(of: bytes) {
                return Diagnostic(
                    .error, at: nil, "is \(encoding) text, not UTF-8",
                    hint: "save it as UTF-8 (in the editor's Save As, choose the encoding UTF-8)", file: file)
            }
            return Diagnostic(
                .error, at: nil, "is a binary file (it contains NUL bytes), not YAML text",
                hint: "lesson files are UTF-8 text; remove or rename this file", file: file)
        }
        let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        let isBlank = !text.contains { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
        if isBlank {
            return Diagnostic(
                .error, at: nil, "file is empty",
                hint: "a lesson unit starts with 'id:'; `ecolearn lessons new ID` writes a skeleton", file: file)
        }
        return nil
    }
}
