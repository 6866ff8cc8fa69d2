import Foundation
import Testing
@testable import EcoLearn

/// The slide deck: structure, answers, labels, escaping and sameness of bytes, from the pack fixtures.
@Suite struct SlideDeckTests {
    static let builder = PackBuilder(library: PackFixtures.library)

    static func deck(_ lessons: [String] = ["sorting-at-home"], language: String = "lv") throws -> String {
        try builder.slidesHTML(for: builder.slidesSpec(lessons: lessons, language: language)).html
    }

    /// Each slide as "number kind | heading", as the outline fixtures write them.
    static func outline(_ html: String) -> [String] {
        let pattern = /<section class="slide slide-([a-z]+)" id="slide-(\d+)"[^>]*>\s*<div class="frame[^"]*">\s*(?:<p class="unit-title">[^<]*<\/p>\s*)?<h2 id="slide-\d+-heading">([^<]*)<\/h2>/
        return html.matches(of: pattern).map { "\($0.output.2) \($0.output.1) | \($0.output.3)" }
    }

    /// The HTML of slide `number`, from its `<section>` to the next one.
    static func slide(_ number: Int, in html: String) throws -> Substring {
        let start = try #require(html.range(of: "<section class=\"slide slide-[a-z]+\" id=\"slide-\(number)\"", options: .regularExpression))
        let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex)?.upperBound ?? html.endIndex
        return html[start.lowerBound..<end]
    }

    /// `text` as the templates escape it.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    @Test(arguments: ["lv", "tr", "en"])
    func slidesComeInTheUnitsOrder(language: String) throws {
        let expected = try String(
            contentsOf: Fixtures.url("slides/sorting-at-home-\(language).outline"), encoding: .utf8)
        #expect(Self.outline(try Self.deck(language: language)) == expected.split(separator: "\n").map(String.init))
    }

    @Test func answersAreOnlyOnTheAnswerSlide() throws {
        let html = try Self.deck()
        let unit = try #require(PackFixtures.library.unit("sorting-at-home"))
        let variant = QuizVariant.drawn(from: unit, seed: 1)
        let composer = QuestionComposer(language: "lv")
        #expect(variant.questions.count == 8)
        for (index, presented) in variant.questions.enumerated() {
            let view = composer.view(of: presented, number: index + 1)
            // Slides 1-4 are the title, objectives, steps and picture; each question takes two slides.
            let question = try Self.slide(5 + 2 * index, in: html)
            let answer = try Self.slide(6 + 2 * index, in: html)
            #expect(question.contains("slide-question") && answer.contains("slide-answer"))
            #expect(question.contains(Self.escaped(view.prompt)) && answer.contains(Self.escaped(view.prompt)))
            for line in view.keyLines {
                #expect(answer.contains("✓</span> \(Self.escaped(line))</li>"), "\(presented.question.id): \(line)")
            }
            #expect(!question.contains("✓") && !question.contains("key-lines"), "\(presented.question.id)")
            if let explanation = view.explanation {
                #expect(answer.contains(Self.escaped(explanation)))
                #expect(!question.contains(Self.escaped(explanation)))
            }
            for choice in presented.choices(in: "lv") { #expect(question.contains(Self.escaped(choice))) }
        }
    }

    @Test func labelsAreInTheDeckLanguage() throws {
        for language in ["lv", "tr"] {
            let html = try Self.deck(language: language)
            #expect(html.contains("<html lang=\"\(language)\">"))
            for label in [PackLabel.objectives, .sources, .license, .speakerNotes, .nextSlide, .clock, .elapsed,
                          .keyHelp, .handsOne, .handsAll, .callOut, .question, .answer] {
                #expect(html.contains(Self.escaped(PackStrings.text(label, in: language))), "\(language): \(label)")
            }
            for english in ["Speaker notes", "Next slide", "Objectives", "Sources", "Question 1", "Raise your hand",
                            "Elapsed", "Clock"] {
                #expect(!html.contains(english), "\(language): \(english)")
            }
        }
        #expect(PackStrings.text(.handsOne, in: "lv") == "Paceliet roku, kad nosaucu jūsu izvēlēto atbildi.")
        #expect(PackStrings.text(.speakerNotes, in: "tr") == "Konuşmacı notları")
    }

    @Test func sameInputsGiveTheSameBytes() throws {
        let folder = PackFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let spec = Self.builder.slidesSpec(lessons: ["sorting-at-home", "script-title"], language: "en")
        let first = try Self.builder.buildSlides(spec, name: "a", into: folder)
        let second = try Self.builder.buildSlides(spec, name: "b", into: folder)
        let a = try Data(contentsOf: try #require(first.slidesFile))
        let b = try Data(contentsOf: try #require(second.slidesFile))
        #expect(a == b)
        #expect(first.htmlFile == nil && first.files == [folder.appendingPathComponent("a.html")])
    }

    @Test func lessonTextIsEscaped() throws {
        let html = try Self.deck(["script-title"], language: "en")
        #expect(html.contains("<title>Bins &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more</title>"))
        #expect(html.contains("<h2 id=\"slide-1-heading\">Bins &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more</h2>"))
        #expect(html.contains("<li>Read &lt;b&gt;carefully&lt;/b&gt;</li>"))
        #expect(html.contains("Talk &lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("<p>Say hello and open this or that.</p>"))
        #expect(html.contains("Nothing &lt;i&gt;here&lt;/i&gt;, 2024"))
        #expect(html.components(separatedBy: "<script").count == 2, "only the deck's own script")
        #expect(!html.contains("javascript:") && !html.contains("<img src=x") && !html.contains("<b>"))
    }

    @Test func needsNothingFromOutside() throws {
        let html = try Self.deck()
        #expect(html.contains("<img src=\"data:image/svg+xml;base64,"))
        for external in ["src=\"http", "src=\"//", "<link", "url(", "@import", "<iframe", "fetch(", "XMLHttpRequest"] {
            #expect(!html.contains(external), "\(external)")
        }
    }

    @Test func longStepsRunOverSeveralSlidesAndKeepTheirNumbers() {
        let steps = (1...12).map { "\($0). " + String(repeating: "Sort the waste carefully. ", count: 6) }.joined(separator: "\n")
        let blocks = MarkdownRenderer().blocks(steps + "\n\nA closing paragraph.")
        #expect(blocks.count == 13)
        #expect(blocks[0].html.hasPrefix("<ol>\n<li>Sort"))
        #expect(blocks[4].html.hasPrefix("<ol start=\"5\">\n<li>Sort"))
        #expect(blocks[12].html == "<p>A closing paragraph.</p>\n")
        #expect(blocks[12].lineLengths == [20])
        let pages = SlidePaging.pages(blocks.map { $0.lineLengths.map { SlidePaging.Text(length: $0) } })
        #expect(pages.count > 2)
        #expect(pages.flatMap { Array($0) } == Array(0..<13), "every block on exactly one slide, in order")
    }

    @Test func aSlideWithMoreTextIsSetSmaller() {
        #expect(SlidePaging.size(of: [.init(length: 100)]) == nil)
        #expect(SlidePaging.size(of: Array(repeating: .init(length: 40), count: 9)) == "dense")
        #expect(SlidePaging.size(of: Array(repeating: .init(length: 300), count: 20)) == "densest")
    }

    @Test func aPackWithSlidesWritesThemBesideThePack() throws {
        let folder = PackFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var spec = PackFixtures.spec("school-pack")
        spec.parts = [.cover, .slides, .quiz]
        let output = try Self.builder.build(spec, name: "seminar", into: folder)
        #expect(output.files.map(\.lastPathComponent) == ["seminar.html", "seminar-slides.html"])
        let pack = try String(contentsOf: try #require(output.htmlFile), encoding: .utf8)
        #expect(!pack.contains("class=\"slide ") && pack.contains("id=\"quiz\""))
        let slides = try String(contentsOf: try #require(output.slidesFile), encoding: .utf8)
        // The deck's title slide names the pack; its questions are drawn as the pack's first variant.
        #expect(slides.contains("<title>Atkritumi un mēs</title>"))
        let unit = try #require(PackFixtures.library.unit("sorting-at-home"))
        let first = QuizVariant.drawn(from: unit, seed: 2024).questions[0].question.prompt.text(in: "lv")
        #expect(try Self.slide(5, in: slides).contains(Self.escaped(first)))
    }
}
