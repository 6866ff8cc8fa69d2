import Mustache

/// What a template name stands for in a pack view, typed: the built-in renderer (`BuiltInTemplates`) reads it
/// without casting `Any`, and swift-mustache (for workspaces that override templates) gets the same value through
/// `anyValue`, so both engines see the same data.
enum TemplateValue {
    /// Plain text, escaped by `{{name}}` and written as it is by `{{{name}}}`.
    case text(String)
    case number(Int)
    /// A section over a flag renders once (true) or not at all (false), in the same context.
    case flag(Bool)
    /// A view: a section over it renders once with its names in scope.
    case view(any TemplateView)
    /// A section over a list renders once per element; an empty list is false.
    case list(any TemplateList)
    /// The fixed labels of a page (`{{labels.quiz}}`).
    case labels([String: String])

    /// The value swift-mustache is given for this one: the same Swift value the view holds.
    var anyValue: Any {
        switch self {
        case .text(let text): text
        case .number(let number): number
        case .flag(let flag): flag
        case .view(let view): view
        case .list(let list): list.anyValue
        case .labels(let labels): labels
        }
    }

    /// The value called `name` inside this one, as a template looks it up; nil when it has none.
    func field(_ name: String) -> TemplateValue? {
        switch self {
        case .view(let view): view.field(name)
        case .labels(let labels): labels[name].map(TemplateValue.text)
        case .text, .number, .flag, .list: nil
        }
    }
}

/// A pack or slide view whose fields templates name. `field(_:)` answers each stored property by its name (nil
/// for an absent optional, which makes a template look further out, as Mustache does), and swift-mustache reads
/// the same answers through `MustacheParent`.
protocol TemplateView: TemplateElement, MustacheParent {
    func field(_ name: String) -> TemplateValue?
}

extension TemplateView {
    var templateValue: TemplateValue { .view(self) }

    func child(named name: String) -> Any? {
        field(name)?.anyValue
    }
}

/// A value that can be an element of a list a section iterates over.
protocol TemplateElement {
    var templateValue: TemplateValue { get }
}

extension String: TemplateElement {
    var templateValue: TemplateValue { .text(self) }
}

extension Int: TemplateElement {
    var templateValue: TemplateValue { .number(self) }
}

/// A list a section iterates over.
protocol TemplateList {
    var count: Int { get }
    func element(at index: Int) -> TemplateValue
    /// The list itself, for swift-mustache.
    var anyValue: Any { get }
}

extension Array: TemplateList where Element: TemplateElement {
    func element(at index: Int) -> TemplateValue { self[index].templateValue }
    var anyValue: Any { self }
}
