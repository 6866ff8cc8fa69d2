import Foundation
import Mustache
import Testing
@testable import EcoLearn

/// The pack views answer template names through a hand-written switch (TemplateFields.swift). These tests make a
/// forgotten name fail: every stored property of every view reached from a full pack answers by its name, and
/// every name the built-in templates use is a property of some view.
@Suite struct TemplateFieldsTests {
    /// The views of a pack and a slide deck with every shipped unit, every part and two quiz variants, and what
    /// walking them found.
    static let walk: ViewWalk = {
        let library = Library.load(at: PackFixtures.repositoryRoot)
        let spec = PackBuilder(library: library).adHocSpec(
            lessons: library.units.map(\.id), language: "lv", audience: .school,
            organisation: "Daugavpils", quiz: PackSpec.QuizOptions(seed: 7, variants: 2))
        var composer = PackComposer(spec: spec, units: library.units, root: library.root, date: "2025-05-14")
        var slides = SlideComposer(spec: spec, units: library.units, root: library.root, date: "2025-05-14")
        var walk = ViewWalk()
        walk.visit(composer.compose(), path: "pack")
        walk.visit(slides.compose(), path: "deck")
        return walk
    }()

    @Test func everyStoredPropertyOfEveryViewAnswersByName() {
        #expect(Self.walk.unanswered.isEmpty, "properties the switch forgets: \(Self.walk.unanswered.sorted())")
        #expect(Self.walk.viewTypes.count >= 20, "the walk reached only \(Self.walk.viewTypes.sorted())")
    }

    @Test func everyNameInTheBuiltInTemplatesIsAViewProperty() throws {
        var unknown: [String] = []
        for template in PackTemplates.names {
            let file = try #require(PackTemplates.builtIn(template), "no built-in template \(template)")
            let text = try String(contentsOf: file, encoding: .utf8)
            for name in Self.names(in: text) where !Self.walk.isKnown(name) {
                unknown.append("\(template): \(name)")
            }
        }
        #expect(unknown.isEmpty, "template names no view answers: \(unknown)")
    }

    /// The variable and section names of a template (`{{x}}`, `{{{x}}}`, `{{#x}}`, `{{^empty(x)}}`), without
    /// partials, comments and the implicit `.`.
    static func names(in template: String) -> [String] {
        var names: [String] = []
        var rest = template[...]
        while let open = rest.range(of: "{{") {
            guard let close = rest.range(of: "}}", range: open.upperBound..<rest.endIndex) else { break }
            var tag = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            rest = rest[close.upperBound...]
            guard let sigil = tag.first else { continue }
            if sigil == ">" || sigil == "!" || sigil == "/" { continue }
            if "{#^&".contains(sigil) { tag.removeFirst() }
            if tag.hasPrefix("empty("), tag.hasSuffix(")") { tag = String(tag.dropFirst(6).dropLast()) }
            if tag != "." { names.append(tag) }
        }
        return names
    }
}

/// Walks a composed pack view by reflection, as Mustache's fallback would, and records what the switch misses.
struct ViewWalk {
    /// `Type.property` for each stored property whose value is present but which `child(named:)` answers with nil.
    var unanswered: Set<String> = []
    /// The view types reached.
    var viewTypes: Set<String> = []
    /// Every property name of every view reached.
    var propertyNames: Set<String> = []
    /// The keys of the label dictionary.
    var labelKeys: Set<String> = []

    mutating func visit(_ value: Any, path: String) {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional, .collection:
            for (index, child) in mirror.children.enumerated() { visit(child.value, path: "\(path)[\(index)]") }
            return
        case .dictionary:
            if path.hasSuffix(".labels"), let labels = value as? [String: String] { labelKeys.formUnion(labels.keys) }
            return
        default: break
        }
        guard let parent = value as? MustacheParent else { return }
        let typeName = String(describing: type(of: value))
        viewTypes.insert(typeName)
        for child in mirror.children {
            guard let label = child.label else { continue }
            propertyNames.insert(label)
            let childMirror = Mirror(reflecting: child.value)
            let isAbsent = childMirror.displayStyle == .optional && childMirror.children.isEmpty
            if !isAbsent && parent.child(named: label) == nil { unanswered.insert("\(typeName).\(label)") }
            visit(child.value, path: "\(path).\(label)")
        }
    }

    /// True when a dotted template name is a view property (or `labels.KEY` with a known key).
    func isKnown(_ name: String) -> Bool {
        let parts = name.split(separator: ".").map(String.init)
        if parts.count == 2, parts[0] == "labels" { return labelKeys.contains(parts[1]) }
        return parts.allSatisfy(propertyNames.contains)
    }
}
