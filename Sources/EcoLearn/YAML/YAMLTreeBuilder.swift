import CYAML

/// Streams libyaml events into a `YAMLNode` tree without recursion, enforcing `YAMLLimits` as it goes.
struct YAMLTreeBuilder {
    /// An open collection waiting for its end event.
    private struct Frame {
        var isMapping: Bool
        var line: Int32
        var column: Int32
        var anchor: String?
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode?
        /// Nodes built under this collection so far, for alias budgets.
        var nodeCount = 1
    }

    private struct Anchored {
        var node: YAMLNode
        var nodeCount: Int
    }

    private let file: String
    private let limits: YAMLLimits
    private let bytes: UnsafeBufferPointer<UInt8>
    private var stack: [Frame] = []
    private var anchors: [String: Anchored] = [:]
    private var aliasExpansion = 0
    private var diagnostics: [Diagnostic] = []
    private var root: YAMLNode?
    private var documents = 0

    init(file: String, limits: YAMLLimits, bytes: UnsafeBufferPointer<UInt8>) {
        self.file = file
        self.limits = limits
        self.bytes = bytes
    }

    /// Parses the whole input. Syntax errors stop the parse; key and limit problems are collected.
    mutating func run() -> YAMLReader.Output {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return YAMLReader.Output(root: nil, diagnostics: [Diagnostic(.error, at: nil, "out of memory", file: file)])
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)

        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                diagnostics.append(syntaxError(parser))
                return YAMLReader.Output(root: nil, diagnostics: diagnostics)
            }
            let type = event.type
            let stop = handle(&event)
            yaml_event_delete(&event)
            if let stop {
                diagnostics.append(stop)
                return YAMLReader.Output(root: nil, diagnostics: diagnostics)
            }
            if type == YAML_STREAM_END_EVENT { break }
        }
        if root == nil && diagnostics.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .error, at: nil, "file is empty", hint: "a lesson unit starts with 'id:'", file: file))
        }
        return YAMLReader.Output(root: root, diagnostics: diagnostics)
    }

    /// Handles one event; returns a diagnostic when reading must stop.
    private mutating func handle(_ event: inout yaml_event_t) -> Diagnostic? {
        let line = Int32(clamping: event.start_mark.line + 1)
        let column = Int32(clamping: event.start_mark.column + 1)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                return .error(
                    "a second YAML document starts here; a lesson file holds exactly one",
                    at: mark(line, column), hint: "remove the '---' line or move the second unit to its own file")
            }
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            let node = YAMLNode(content: .scalar(YAMLScalar(value: value, style: style(of: scalar.style))), line: line, column: column)
            return add(node, nodeCount: 1, anchor: string(scalar.anchor))
        case YAML_ALIAS_EVENT:
            let name = string(event.data.alias.anchor) ?? ""
            guard let anchored = anchors[name] else {
                return .error("alias '*\(name)' names no anchor defined before it", at: mark(line, column),
                              hint: "define '&\(name)' on an earlier node")
            }
            aliasExpansion += anchored.nodeCount
            if aliasExpansion > limits.maxAliasExpansion {
                return .error(
                    "aliases in this file would expand to more than \(limits.maxAliasExpansion) nodes; refusing to expand them",
                    at: mark(line, column), hint: "a lesson file needs few aliases; write the content out instead")
            }
            var node = anchored.node
            node.line = line
            node.column = column
            return add(node, nodeCount: anchored.nodeCount, anchor: nil)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            if stack.count >= limits.maxDepth {
                return .error(
                    "nesting is deeper than \(limits.maxDepth) levels", at: mark(line, column),
                    hint: "a lesson unit nests a few levels; check for unclosed brackets")
            }
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let anchor = isMapping ? string(event.data.mapping_start.anchor) : string(event.data.sequence_start.anchor)
            stack.append(Frame(isMapping: isMapping, line: line, column: column, anchor: anchor))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            let frame = stack.removeLast()
            let content: YAMLNode.Content
            if frame.isMapping {
                checkDuplicateKeys(frame.pairs)
                content = .mapping(frame.pairs)
            } else {
                content = .sequence(frame.items)
            }
            return add(YAMLNode(content: content, line: frame.line, column: frame.column),
                       nodeCount: frame.nodeCount, anchor: frame.anchor)
        default:
            break
        }
        return nil
    }

    /// Puts a finished node into its parent (or makes it the root) and records its anchor.
    private mutating func add(_ node: YAMLNode, nodeCount: Int, anchor: String?) -> Diagnostic? {
        if let anchor {
            anchors[anchor] = Anchored(node: node, nodeCount: nodeCount)
        }
        guard !stack.isEmpty else {
            root = node
            return nil
        }
        let top = stack.count - 1
        stack[top].nodeCount += nodeCount
        if stack[top].isMapping {
            if let key = stack[top].pendingKey {
                stack[top].pairs.append(YAMLPair(key: key, value: node))
                stack[top].pendingKey = nil
            } else {
                stack[top].pendingKey = node
            }
        } else {
            stack[top].items.append(node)
        }
        return nil
    }

    /// Reports every key that repeats an earlier one in the same mapping, pointing at both.
    private mutating func checkDuplicateKeys(_ pairs: [YAMLPair]) {
        guard pairs.count > 1 else { return }
        if pairs.count <= 16 {
            for index in 1..<pairs.count {
                guard let key = pairs[index].key.scalarValue else { continue }
                for earlier in 0..<index where pairs[earlier].key.scalarValue == key {
                    reportDuplicate(key, at: pairs[index].key, first: pairs[earlier].key)
                    break
                }
            }
        } else {
            var seen: [String: YAMLNode] = [:]
            for pair in pairs {
                guard let key = pair.key.scalarValue else { continue }
                if let first = seen[key] {
                    reportDuplicate(key, at: pair.key, first: first)
                } else {
                    seen[key] = pair.key
                }
            }
        }
    }

    private mutating func reportDuplicate(_ key: String, at node: YAMLNode, first: YAMLNode) {
        diagnostics.append(
            .error(
                "duplicate key '\(key)' in this mapping", at: mark(node.line, node.column),
                hint: "keep one '\(key)'",
                notes: [Diagnostic.Note(mark: mark(first.line, first.column), message: "first defined here")]))
    }

    private func mark(_ line: Int32, _ column: Int32) -> SourceMark {
        SourceMark(file: file, line: Int(line), column: Int(column))
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private func style(of style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    /// Turns libyaml's error into a located diagnostic with a hint a lesson writer can act on.
    private func syntaxError(_ parser: yaml_parser_t) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        let context = parser.context.map { String(cString: $0) }
        if parser.error == YAML_READER_ERROR {
            let location = SourceMark(file: file, byteOffset: parser.problem_offset, in: bytes)
            let byte = parser.problem_offset < bytes.count ? bytes[parser.problem_offset] : 0
            let hex = String(byte, radix: 16, uppercase: true)
            if problem.contains("UTF-8") || problem.contains("Unicode") {
                return .error(
                    "invalid UTF-8 (byte 0x\(hex.count == 1 ? "0" + hex : hex)): \(problem)", at: location,
                    hint: "save the file as UTF-8")
            }
            return .error("\(problem) (byte 0x\(hex))", at: location, hint: "lesson files are plain UTF-8 text")
        }
        let at = mark(Int32(clamping: parser.problem_mark.line + 1), Int32(clamping: parser.problem_mark.column + 1))
        var message = "YAML syntax: \(problem)"
        if let context { message += " \(context)" }
        var hint = "check indentation and quoting on this line or the one before"
        if problem.contains("mapping values are not allowed") || problem.contains("did not find expected ',' or '}'")
            || problem.contains("did not find expected ',' or ']'")
        {
            hint = "text containing ': ', ',', '?', '#' or '[' must be quoted in flow style ({ en: \"...\" }), or written in block style"
        } else if problem.contains("found character that cannot start any token") {
            hint = "quote text that starts with a special character such as @, ` or %; indent with spaces, not tabs"
        }
        var notes: [Diagnostic.Note] = []
        if context != nil, parser.context_mark.line != parser.problem_mark.line {
            notes.append(Diagnostic.Note(
                mark: mark(Int32(clamping: parser.context_mark.line + 1), Int32(clamping: parser.context_mark.column + 1)),
                message: "the construct started here"))
        }
        return .error(message, at: at, hint: hint, notes: notes)
    }
}
