/// A node of a YAML document with its position. Scalars keep their text untyped: the decoder types them by
/// what the schema expects there, so `no`, `on` and `2019` stay text where text is expected.
public struct YAMLNode: Sendable {
    /// What a node holds.
    public enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var content: Content
    /// 1-based line of the node's first character.
    public var line: Int32
    /// 1-based column (in Unicode scalars) of the node's first character.
    public var column: Int32

    public init(content: Content, line: Int32, column: Int32) {
        self.content = content
        self.line = line
        self.column = column
    }

    /// The scalar's text, or nil for a collection.
    public var scalarValue: String? {
        if case .scalar(let scalar) = content { return scalar.value }
        return nil
    }

    /// A word for the node's shape, for messages: "text", "a list", "a mapping".
    public var shapeDescription: String {
        switch content {
        case .scalar(let scalar): scalar.isNull ? "nothing" : "text '\(scalar.value.prefix(40))'"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}

/// A scalar's text and how it was written.
public struct YAMLScalar: Sendable {
    public enum Style: Sendable {
        case plain
        case singleQuoted
        case doubleQuoted
        case literal
        case folded
    }

    public var value: String
    public var style: Style

    public init(value: String, style: Style) {
        self.value = value
        self.style = style
    }

    /// True for an unquoted empty value or `~`: "nothing here". (`null` written out stays text where text is
    /// expected, like `no` and `on`.)
    public var isNull: Bool {
        style == .plain && (value.isEmpty || value == "~")
    }
}

/// A key and its value in a mapping, in file order.
public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
