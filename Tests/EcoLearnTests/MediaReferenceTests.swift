import Foundation
import Testing
@testable import EcoLearn

/// SVG media that point outside themselves: `check` and `pack build` name every such reference with its place,
/// and the PDF step reads nothing but what the pack embeds.
@Suite struct MediaReferenceTests {
    private let hostile = Fixtures.text("svg-references/hostile.svg")

    @Test func everyExternalReferenceIsALocatedError() {
        let found = SVGReferenceCheck.problems(in: Array(hostile.utf8), file: "media/hostile.svg").map(\.summaryLine)
        let selfContained = "(hint: a picture in media/ must be self-contained: draw it in the SVG, or embed a PNG or JPEG as data:image/png;base64,...)"
        #expect(found == [
            "media/hostile.svg:2:1: error: links a stylesheet (<?xml-stylesheet?>), which a pack cannot embed (hint: put the CSS in a <style> element of the SVG)",
            "media/hostile.svg:3:17: error: declares an entity in its DOCTYPE, which can read other files (hint: remove the DOCTYPE's [...] part; an SVG needs no entities)",
            "media/hostile.svg:6:10: error: imports a stylesheet (@import), which a pack cannot embed (hint: put the CSS itself in the <style> element)",
            "media/hostile.svg:6:23: error: refers to 'https://example.org/x.css' outside the SVG \(selfContained)",
            "media/hostile.svg:7:16: error: refers to 'file:///home/coordinator/outside-secret.png' outside the SVG \(selfContained)",
            "media/hostile.svg:8:24: error: refers to 'http://example.org/tracker.png' outside the SVG \(selfContained)",
            "media/hostile.svg:9:14: error: refers to '/etc/hosts#x' outside the SVG \(selfContained)",
            "media/hostile.svg:10:16: error: embeds another SVG as 'data:image/svg+xml;base64,PHN2Zy8+', which cannot be checked (hint: draw that picture in this SVG itself (a <g> or <symbol> with <use href=\"#id\"/>))",
            "media/hostile.svg:11:40: error: refers to 'media/../../secret.png' outside the SVG \(selfContained)",
        ])
    }

    @Test func fragmentsAndEmbeddedPicturesAreFine() {
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg"><defs><pattern id="p"/></defs>
            <rect fill="URL(#p)"/><use xlink:href="#p"/><image href=" data:image/jpeg;base64,/9j/ "/></svg>
            """
        #expect(SVGReferenceCheck.problems(in: Array(svg.utf8), file: "media/ok.svg").isEmpty)
    }

    @Test func escapedReferencesAreRefusedNotDecoded() {
        let svg = #"<svg><image href="&#102;ile:///etc/passwd"/><rect style="fill:url(\66 ile:x)"/></svg>"#
        #expect(SVGReferenceCheck.problems(in: Array(svg.utf8), file: "m.svg").map(\.mark?.column) == [19, 67])
    }

    @Test func manyReferencesAreSummedUp() {
        let svg = "<svg>" + String(repeating: "<image href=\"x.png\"/>\n", count: 25) + "</svg>"
        let found = SVGReferenceCheck.problems(in: Array(svg.utf8), file: "m.svg")
        #expect(found.count == 11)
        #expect(found.last?.summaryLine == "m.svg:10:14: error: 15 more references like these (hint: a picture in media/ must be self-contained)")
    }

    @Test func checkNamesTheSVGLineAndColumn() throws {
        let workspace = try TemporaryWorkspace(copying: "workspace")
        try workspace.write("media/hostile.svg", hostile)
        let result = try CLI.run(["check"], in: workspace.root)
        #expect(result.status == 1)
        #expect(result.stdout.contains("""
            media/hostile.svg:7:16: error: refers to 'file:///home/coordinator/outside-secret.png' outside the SVG
                  <image href="file:///home/coordinator/outside-secret.png" width="10" height="10"/>
                               ^

            """))
        #expect(result.stdout.hasSuffix("checked 1 lesson file: 9 errors, 0 warnings\n"))
    }

    @Test func packBuildRefusesAnImageThatReadsOutside() throws {
        let workspace = try TemporaryWorkspace(copying: "packs-workspace")
        try workspace.write("media/bins.svg", hostile)
        let result = try CLI.run(["pack", "build", "packs/school-pack.yaml", "-o", "out"], in: workspace.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains(
            "media/bins.svg:7:16: error: refers to 'file:///home/coordinator/outside-secret.png' outside the SVG\n"))
        #expect(result.stderr.contains(
            "lessons/waste/sorting-at-home.yaml:43:9: error: media: image 'media/bins.svg' refers to files outside itself\n"))
        #expect(!FileManager.default.fileExists(atPath: workspace.root.appendingPathComponent("out").path))
    }

    @Test(.enabled(if: PackFixtures.tool("weasyprint") != nil && PackFixtures.tool("pdfimages") != nil,
                   "needs weasyprint and poppler-utils"))
    func thePDFStepReadsNothingOutsideThePack() throws {
        let folder = PackFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let secret = folder.appendingPathComponent("outside-secret.png")
        try FileManager.default.copyItem(at: Fixtures.url("svg-references/outside-secret.png"), to: secret)
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="70" height="30">\
            <image href="\(secret.absoluteString)" width="70" height="30"/></svg>
            """
        let embedded = Data(Fixtures.bytes("svg-references/embedded.png")).base64EncodedString()
        let html = folder.appendingPathComponent("pack.html")
        try Data("""
            <!DOCTYPE html><html><body><img src="data:image/png;base64,\(embedded)">\
            <img src="data:image/svg+xml;base64,\(Data(svg.utf8).base64EncodedString())"></body></html>
            """.utf8).write(to: html)
        let pdf = folder.appendingPathComponent("pack.pdf")
        let weasyprint = try #require(WeasyPrint.locate())
        let warnings = try weasyprint.render(html, to: pdf)
        #expect(warnings.map(\.summaryLine) == [
            "pack.pdf: warning: the PDF leaves out '\(secret.absoluteString)': a pack reads nothing outside itself (hint: embed every picture through media/ in the lessons)",
        ])
        let images = try PackFixtures.run(try #require(PackFixtures.tool("pdfimages")), ["-list", pdf.path]).output
        let sizes = images.split(separator: "\n").dropFirst(2).map { line in
            line.split(separator: " ").dropFirst(3).prefix(2).joined(separator: "x")
        }
        #expect(sizes == ["2x2"], "the 7x3 picture outside the pack must not be in the PDF:\n\(images)")
    }
}
