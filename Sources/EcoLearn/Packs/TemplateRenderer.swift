/// Writes parsed template nodes as UTF-8, with swift-mustache's rules: a name is looked up from the innermost value
/// outwards; a section renders once per element of a list, once for true or for any other present value (with
/// that value innermost), never for nil, false or an empty list; an inverted section the other way round; an
/// include continues in the same context.
///
/// `{{name}}` escapes `& < > " '` byte by byte, as `HTMLText.escape` does (even when a combining mark follows).
struct TemplateRenderer {
    private let templates: [String: [TemplateNode]]
    private var stack: [TemplateValue]
    private(set) var output: [UInt8] = []

    init(templates: [String: [TemplateNode]], root: TemplateValue) {
        self.templates = templates
        self.stack = [root]
        output.reserveCapacity(1 << 16)
    }

    /// Renders `nodes`. Inside an include that stands alone on an indented line, every piece after a line end that
    /// writes something is indented as that include was (swift-mustache's rule, applied per template and section).
    mutating func render(_ nodes: [TemplateNode], indentation: [UInt8]) {
        guard !indentation.isEmpty else {
            for node in nodes { render(node, indentation: indentation) }
            return
        }
        let start = output.count
        for node in nodes {
            let before = output.count
            render(node, indentation: indentation)
            if output.count > before, before > start, output[before - 1] == UInt8(ascii: "\n") {
                output.insert(contentsOf: indentation, at: before)
            }
        }
    }

    private mutating func render(_ node: TemplateNode, indentation: [UInt8]) {
        switch node {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .variable(let name, let escaped):
            if let value = lookUp(name) { write(value, escaped: escaped) }
        case .section(let name, let isEmptyTest, let inverted, let nodes):
            var value = lookUp(name)
            if isEmptyTest { value = value.flatMap(Self.isEmpty) }
            if inverted {
                renderInverted(value, nodes, indentation: indentation)
            } else {
                renderSection(value, nodes, indentation: indentation)
            }
        case .partial(let name, let extra):
            guard let nodes = templates[name] else { return }
            render(nodes, indentation: indentation + (extra ?? []))
        }
    }

    private mutating func renderSection(_ value: TemplateValue?, _ nodes: [TemplateNode], indentation: [UInt8]) {
        switch value {
        case nil:
            return
        case .list(let list)?:
            for index in 0..<list.count { renderInside(list.element(at: index), nodes, indentation: indentation) }
        case .flag(let flag)?:
            if flag { render(nodes, indentation: indentation) }
        case let value?:
            renderInside(value, nodes, indentation: indentation)
        }
    }

    private mutating func renderInverted(_ value: TemplateValue?, _ nodes: [TemplateNode], indentation: [UInt8]) {
        switch value {
        case nil:
            render(nodes, indentation: indentation)
        case .list(let list)?:
            if list.count == 0 { renderInside(.list(list), nodes, indentation: indentation) }
        case .flag(let flag)?:
            if !flag { render(nodes, indentation: indentation) }
        case .some:
            return
        }
    }

    private mutating func renderInside(_ value: TemplateValue, _ nodes: [TemplateNode], indentation: [UInt8]) {
        stack.append(value)
        render(nodes, indentation: indentation)
        stack.removeLast()
    }

    /// The `empty` transform: true for an empty list, text or label table; nil (as if absent) for anything else.
    private static func isEmpty(_ value: TemplateValue) -> TemplateValue? {
        switch value {
        case .list(let list): .flag(list.count == 0)
        case .text(let text): .flag(text.isEmpty)
        case .labels(let labels): .flag(labels.isEmpty)
        case .number, .flag, .view: nil
        }
    }

    /// The value `name` names: the innermost value that has its first part, then the rest inside it.
    private func lookUp(_ name: TemplateName) -> TemplateValue? {
        guard let first = name.parts.first else { return stack.last }
        var found: TemplateValue?
        if name.isCurrentOnly {
            found = stack.last?.field(first)
        } else {
            for value in stack.reversed() {
                if let field = value.field(first) {
                    found = field
                    break
                }
            }
        }
        for part in name.parts.dropFirst() {
            guard let value = found else { return nil }
            found = value.field(part)
        }
        return found
    }

    private mutating func write(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .text(let text):
            if escaped { appendEscaped(text) } else { append(text) }
        case .number(let number):
            append(String(number))
        case .flag(let flag):
            append(flag ? "true" : "false")
        case .view, .list, .labels:
            let text = String(describing: value.anyValue)
            if escaped { appendEscaped(text) } else { append(text) }
        }
    }

    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { output.append(contentsOf: $0) }
    }

    private static let ampersand = Array("&amp;".utf8), lessThan = Array("&lt;".utf8),
        greaterThan = Array("&gt;".utf8), quote = Array("&quot;".utf8), apostrophe = Array("&#39;".utf8)

    /// `text` with `& < > " '` escaped, copied in runs between them.
    private mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let replacement: [UInt8]
                switch bytes[index] {
                case UInt8(ascii: "&"): replacement = Self.ampersand
                case UInt8(ascii: "<"): replacement = Self.lessThan
                case UInt8(ascii: ">"): replacement = Self.greaterThan
                case UInt8(ascii: "\""): replacement = Self.quote
                case UInt8(ascii: "'"): replacement = Self.apostrophe
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                output.append(contentsOf: replacement)
                runStart = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }
}
