import Foundation
import Testing
@testable import EcoLearn

@Suite struct PackHTMLTests {
    let spec = PackFixtures.spec("school-pack")

    @Test func partsComeInTheSpecOrder() throws {
        let html = try PackFixtures.html(spec)
        let anchors = PackPart.printed.map { "id=\"\($0.rawValue)\"" }
        let positions = try anchors.map { try #require(html.range(of: $0)?.lowerBound, "\($0) missing") }
        #expect(positions == positions.sorted())
        var reversed = spec
        reversed.parts = [.certificate, .cover]
        let short = try PackFixtures.html(reversed)
        let certificate = try #require(short.range(of: "id=\"certificate\""))
        let cover = try #require(short.range(of: "id=\"cover\""))
        #expect(certificate.lowerBound < cover.lowerBound)
        #expect(!short.contains("id=\"quiz\""))
    }

    @Test func labelsAreInThePackLanguage() throws {
        let html = try PackFixtures.html(spec)
        #expect(html.contains("<html lang=\"lv\">"))
        for label in [PackLabel.teacherGuide, .contents, .answerKey, .headcountForm, .certificate, .selectOne, .selectAll,
                      .writeNumber, .writeAnswer, .numberItems, .writeLetter] {
            #expect(html.contains(PackStrings.text(label, in: "lv")), "\(label)")
        }
        for english in ["Teacher guide", "Select one", "Answer key", "Sign-in sheet"] {
            #expect(!html.contains(english), "\(english)")
        }
        #expect(!html.contains(PackStrings.text(.signInSheet, in: "lv")), "a school pack counts heads instead")
    }

    @Test func answerKeyMatchesEachPrintedVariant() throws {
        let html = try PackFixtures.html(spec)
        let unit = try #require(PackFixtures.library.unit("sorting-at-home"))
        let key = try #require(html.range(of: "id=\"answer-key\"")).upperBound
        for seed: UInt64 in [2024, 2025] {
            let variant = QuizVariant.drawn(from: unit, seed: seed)
            // The quiz sheet prints the variant's choices in its shuffled order...
            let sheet = try #require(html.range(of: "<strong class=\"code\">\(variant.code)</strong>"))
            var cursor = sheet.upperBound
            for presented in variant.questions {
                let prompt = try #require(html.range(of: presented.question.prompt.text(in: "lv"), range: cursor..<key))
                cursor = prompt.upperBound
                for choice in presented.choices(in: "lv") {
                    cursor = try #require(html.range(of: choice, range: cursor..<key), "\(choice)").upperBound
                }
            }
            // ...and the key of the same code gives the same question order and the variant's answer letters.
            var keyCursor = try #require(html.range(of: "<span class=\"code\">\(variant.code)</span>", range: key..<html.endIndex)).upperBound
            for presented in variant.questions {
                let line = "Atbilde: \(presented.answerKey(in: "lv"))</strong>"
                keyCursor = try #require(html.range(of: line, range: keyCursor..<html.endIndex), "\(line)").upperBound
            }
        }
        let first = QuizVariant.drawn(from: unit, seed: 2024), second = QuizVariant.drawn(from: unit, seed: 2025)
        #expect(first.questions.map(\.question.id) != second.questions.map(\.question.id))
    }

    @Test func lessonTextIsEscaped() throws {
        let builder = PackBuilder(library: PackFixtures.library)
        let spec = builder.adHocSpec(lessons: ["script-title"], language: "en", audience: .public)
        let html = try builder.html(for: spec).html
        #expect(html.contains("<title>Bins &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more</title>"))
        #expect(html.contains("Talk &lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("Read &lt;b&gt;carefully&lt;/b&gt;"))
        #expect(html.contains("<p>Say hello and open this or that.</p>"))
        #expect(html.contains("content: \"Bins \\3C script\\3E alert('x')\\3C /script\\3E  \\26  more\";"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("<img src=x"))
    }

    @Test func needsNothingFromOutside() throws {
        let html = try PackFixtures.html(spec)
        #expect(html.contains("<img src=\"data:image/svg+xml;base64,"))
        for external in ["src=\"http", "src=\"//", "<link", "url(", "@import", "<script", "<iframe"] {
            #expect(!html.contains(external), "\(external)")
        }
    }

    @Test func sameInputsGiveTheSameBytes() throws {
        let first = try PackFixtures.html(spec)
        #expect(try PackFixtures.html(spec) == first)
        // Without --date no date at all is printed, whatever today is.
        #expect(first.firstMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{2}\.[0-9]{2}\.[0-9]{4}/) == nil)
        let dated = try PackFixtures.html(spec, date: "2025-05-14")
        #expect(dated.contains("2025-05-14"))
        #expect(throws: PackBuildError.self) { try PackFixtures.html(spec, date: "14.05.2025") }
    }

    @Test func missingImageIsALocatedError() throws {
        let folder = PackFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lessons = folder.appendingPathComponent("lessons/waste")
        try FileManager.default.createDirectory(at: lessons, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: PackFixtures.workspace.appendingPathComponent("lessons/waste/sorting-at-home.yaml"),
            to: lessons.appendingPathComponent("sorting-at-home.yaml"))
        var library = Library.load(at: folder)
        library.diagnostics = []
        let error = try #require(throws: PackBuildError.self) { try PackBuilder(library: library).html(for: spec) }
        #expect(error.diagnostics.map(\.summaryLine) == [
            "lessons/waste/sorting-at-home.yaml:43:9: error: media: image 'media/bins.svg' does not exist (hint: add the file to media/ or fix the path)",
        ])
    }

    @Test func workspaceTemplatesOverrideTheBuiltInOnes() throws {
        let folder = PackFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try Data("<p>{{title}} by us</p>".utf8).write(to: folder.appendingPathComponent("templates/cover.mustache"))
        var library = PackFixtures.library
        library.root = folder
        var spec = self.spec
        spec.parts = [.cover]
        spec.lessons = ["script-title"]
        spec.language = "en"
        let builder = PackBuilder(library: library)
        let html = try builder.html(for: builder.adHocSpec(lessons: ["script-title"], language: "en", audience: .public, parts: [.cover])).html
        #expect(html.contains("<p>Bins &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more by us</p>"))
        try Data("{{#title}}unclosed".utf8).write(to: folder.appendingPathComponent("templates/cover.mustache"))
        let error = try #require(throws: PackBuildError.self) { try builder.html(for: spec) }
        #expect(error.diagnostics.first?.mark?.file == "templates/cover.mustache")
    }
}

@Suite struct PackDateTests {
    @Test(arguments: ["2025-02-31", "2025-13-01", "14.05.2025", "2025-5-14", " 2025-05-14"])
    func aDateNotOnTheCalendarOrNotWrittenYYYYMMDDIsRefused(date: String) throws {
        let error = #expect(throws: PackBuildError.self) {
            try PackFixtures.html(PackFixtures.spec("school-pack"), date: date)
        }
        #expect(error?.diagnostics.map(\.summaryLine) == [
            "packs/school-pack.yaml: error: date: '\(date)' is not a date (hint: write it as YYYY-MM-DD, e.g. 2025-05-14)"
        ])
    }

    @Test func aLeapDayIsADate() throws {
        #expect(try PackFixtures.html(PackFixtures.spec("school-pack"), date: "2024-02-29").contains("2024-02-29"))
    }
}
