/// Bounds that keep a hostile document from costing unbounded time or memory.
public struct YAMLLimits: Sendable {
    /// Deepest nesting of lists and mappings accepted (a lesson unit needs about 8).
    public var maxDepth: Int
    /// Most nodes that aliases may add by repeating anchored content (a "billion laughs" file needs 10^9).
    public var maxAliasExpansion: Int
    /// Largest file accepted, in bytes.
    public var maxFileBytes: Int

    public init(maxDepth: Int = 64, maxAliasExpansion: Int = 100_000, maxFileBytes: Int = 16 << 20) {
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
        self.maxFileBytes = maxFileBytes
    }

    public static let `default` = YAMLLimits()
}
