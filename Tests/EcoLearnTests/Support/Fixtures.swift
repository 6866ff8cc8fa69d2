import Foundation
@testable import EcoLearn

/// Access to the files under Tests/EcoLearnTests/Fixtures.
enum Fixtures {
    static let root: URL = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    static func text(_ relative: String) -> String {
        String(decoding: (try? Data(contentsOf: url(relative))) ?? Data(), as: UTF8.self)
    }

    static func bytes(_ relative: String) -> [UInt8] {
        [UInt8]((try? Data(contentsOf: url(relative))) ?? Data())
    }

    /// The valid sample unit every rule test mutates.
    static let validUnitPath = "workspace/lessons/waste/sorting-at-home.yaml"
    static var validUnit: String { text(validUnitPath) }

    /// Decodes and validates YAML text as the file `lessons/waste/sorting-at-home.yaml` of a library whose
    /// media/ holds bins.svg; returns each diagnostic's one-line form.
    static func check(_ yaml: String, file: String = "lessons/waste/sorting-at-home.yaml") -> [String] {
        let validator = Validator(mediaFiles: ["media/bins.svg"])
        return Library.decode(Array(yaml.utf8), file: file, validator: validator).diagnostics.sortedByPlace().map(\.summaryLine)
    }

    /// The valid unit with `old` replaced by `new` (which must occur exactly once).
    static func mutated(_ old: String, _ new: String) -> String {
        let text = validUnit
        precondition(text.components(separatedBy: old).count == 2, "'\(old)' must occur once in the fixture")
        return text.replacingOccurrences(of: old, with: new)
    }
}
