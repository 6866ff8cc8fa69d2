import EcoLearn
import Foundation

/// The downloads of one unit in one language: the printable pack (teacher guide, worksheets, quiz, answer key)
/// as HTML and, when asked, PDF; the slides; the quiz as Moodle GIFT and Moodle XML; the YAML source.
struct UnitDownloads {
    /// The parts of a unit's printable pack.
    static let packParts: [PackPart] = [.cover, .contents, .teacherGuide, .worksheets, .quiz, .answerKey]

    var unit: LessonUnit
    var language: String
    var builder: PackBuilder
    var pdf: Bool

    /// Adds the files to write to `outputs` (a PDF is written at once, through WeasyPrint, and added to
    /// `written`) and returns the links the unit's page shows, in order.
    func make(
        files: SiteFiles, outputs: inout [(String, [UInt8])], written: inout [String], warnings: inout [Diagnostic]
    ) throws(PackBuildError) -> [DownloadLink] {
        var links: [DownloadLink] = []
        let audience = unit.audiences.first ?? .public
        let spec = builder.adHocSpec(lessons: [unit.id], language: language, audience: audience, parts: Self.packParts)
        let packPath = SitePaths.pack(unit.id, language)
        if pdf {
            let name = SitePage.fileName(of: packPath).replacingOccurrences(of: ".html", with: "")
            let output = try builder.build(
                spec, name: name, into: files.folder.appendingPathComponent(SitePaths.downloads(unit.id)), pdf: true)
            warnings += output.warnings
            written.append(packPath)
            links.append(DownloadLink(label: .packHTML, path: packPath))
            if output.pdfFile != nil {
                written.append(SitePaths.packPDF(unit.id, language))
                links.append(DownloadLink(label: .packPDF, path: SitePaths.packPDF(unit.id, language)))
            }
        } else {
            let (html, packWarnings) = try builder.html(for: spec)
            warnings += packWarnings
            outputs.append((packPath, Array(html.utf8)))
            links.append(DownloadLink(label: .packHTML, path: packPath))
        }
        let slidesSpec = builder.slidesSpec(lessons: [unit.id], language: language)
        let (slides, slideWarnings) = try builder.slidesHTML(for: slidesSpec)
        warnings += slideWarnings
        outputs.append((SitePaths.slides(unit.id, language), Array(slides.utf8)))
        links.append(DownloadLink(label: .slidesHTML, path: SitePaths.slides(unit.id, language)))
        if !(unit.quiz?.questions.isEmpty ?? true) {
            for (format, path, label) in [
                (QuizInterchange.Format.gift, SitePaths.gift(unit.id, language), SiteLabel.giftFile),
                (.moodleXML, SitePaths.moodleXML(unit.id, language), .moodleFile),
            ] {
                let (text, _) = QuizInterchange.export(unit, format: format, language: language)
                outputs.append((path, Array(text.utf8)))
                links.append(DownloadLink(label: label, path: path))
            }
        }
        links.append(DownloadLink(label: .yamlSource, path: SitePaths.source(unit.id)))
        return links
    }
}
