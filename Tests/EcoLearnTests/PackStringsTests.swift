import Foundation
import Testing
@testable import EcoLearn

@Suite struct PackStringsTests {
    @Test func everyLabelHasEveryLanguage() {
        for label in PackLabel.allCases {
            let texts = PackStrings.table[label] ?? [:]
            #expect(Set(texts.keys) == Set(PackStrings.languages), "\(label) languages: \(texts.keys.sorted())")
            for (language, text) in texts {
                #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(label).\(language) is empty")
            }
        }
        #expect(PackStrings.table.count == PackLabel.allCases.count)
    }

    @Test func templatesUseOnlyKnownLabels() throws {
        var used: Set<String> = []
        for name in PackTemplates.names {
            let file = try #require(PackTemplates.builtIn(name))
            let text = try String(contentsOf: file, encoding: .utf8)
            var rest = Substring(text)
            while let range = rest.range(of: "{{labels.") {
                let tail = rest[range.upperBound...]
                let key = tail.prefix { $0.isLetter }
                used.insert(String(key))
                rest = tail
            }
        }
        let known = Set(PackLabel.allCases.map(\.rawValue))
        #expect(used.subtracting(known).isEmpty, "unknown labels: \(used.subtracting(known).sorted())")
        #expect(used.count > 60)
    }

    @Test func latvianAndTurkishUseTheirLetters() {
        #expect(PackStrings.text(.teacherGuide, in: "lv") == "Skolotāja rokasgrāmata")
        #expect(PackStrings.text(.contents, in: "tr") == "İçindekiler")
        #expect(PackStrings.text(.worksheets, in: "tr") == "Çalışma yaprakları")
        #expect(PackStrings.text(.selectAll, in: "lv") == "Izvēlieties visas pareizās atbildes")
    }
}
