import Foundation
import Testing
@testable import EcoLearn

/// Template overrides in a workspace's templates/: includes that never end, or that name no pack template, are
/// located errors before anything is rendered; a file that replaces no template is a warning.
@Suite struct PackTemplateTests {
    /// A copy of the packs workspace whose templates/ holds the files of Fixtures/templates/`overrides`.
    private func workspace(with overrides: String) throws -> TemporaryWorkspace {
        let workspace = try TemporaryWorkspace(copying: "packs-workspace")
        try FileManager.default.copyItem(
            at: Fixtures.url("templates/\(overrides)"), to: workspace.root.appendingPathComponent("templates"))
        return workspace
    }

    @Test func aTemplateThatIncludesItselfIsALocatedError() throws {
        let workspace = try workspace(with: "self")
        let result = try CLI.run(["pack", "build", "packs/school-pack.yaml", "-o", "out"], in: workspace.root)
        #expect(result.status == 1)
        #expect(result.stderr == """
            templates/cover.mustache:2:3: error: template 'cover' includes itself
                  {{> cover}}
                  ^
              hint: remove {{> cover}}; a template that includes itself never ends

            """)
        #expect(!FileManager.default.fileExists(atPath: workspace.root.appendingPathComponent("out").path))
    }

    @Test func aTemplateThatDoesNotParseIsALocatedError() throws {
        let workspace = try workspace(with: "unfinished-tag")
        let result = try CLI.run(["pack", "build", "packs/school-pack.yaml", "-o", "out"], in: workspace.root)
        #expect(result.status == 1)
        #expect(result.stderr == """
            templates/cover.mustache:3:32: error: template does not parse: a tag is not finished
                <h1 class="cover-title">{{title</h1>
                                               ^
              hint: end every tag with }} (or }}} after {{{)

            """)
        #expect(!FileManager.default.fileExists(atPath: workspace.root.appendingPathComponent("out").path))
    }

    @Test func templatesThatIncludeEachOtherAreOneLocatedError() throws {
        let workspace = try workspace(with: "cycle")
        let result = try CLI.run(["pack", "build", "packs/school-pack.yaml", "-o", "out"], in: workspace.root)
        #expect(result.status == 1)
        #expect(result.stderr == """
            templates/cover.mustache:1:24: error: templates include each other without end: cover -> contents -> cover
                <section class="cover">{{> contents}}</section>
                                       ^
              hint: remove one of these includes

            """)
    }

    @Test func includesOfUnknownOrPathLikeNamesAreLocatedErrors() throws {
        let workspace = try workspace(with: "bad-names")
        let builder = PackBuilder(library: Library.load(at: workspace.root))
        let error = try #require(throws: PackBuildError.self) { try builder.html(for: PackFixtures.spec("school-pack")) }
        #expect(error.diagnostics.map(\.summaryLine) == [
            "templates/covr.mustache: warning: no pack template is called 'covr.mustache', so this file is not used (hint: did you mean 'cover.mustache'?)",
            "templates/notes.txt: warning: no pack template is called 'notes.txt', so this file is not used (hint: the pack templates are: pack.mustache, style.mustache, cover.mustache, contents.mustache, teacher-guide.mustache, worksheets.mustache, learner-header.mustache, quiz.mustache, question.mustache, answer-key.mustache, sign-in-sheet.mustache, certificate.mustache, slides.mustache, slides-style.mustache, slides-script.mustache, slide.mustache, slide-question.mustache)",
            "templates/contents.mustache:1:6: error: includes '../../etc/passwd': an include names a pack template, not a file (hint: the pack templates are: pack, style, cover, contents, teacher-guide, worksheets, learner-header, quiz, question, answer-key, sign-in-sheet, certificate, slides, slides-style, slides-script, slide, slide-question)",
            "templates/contents.mustache:2:1: error: includes a template chosen at render time ({{>*chosen}}), which packs do not allow (hint: name the template, e.g. {{> question}})",
            "templates/contents.mustache:2:14: error: includes 'covr', which is not a pack template (hint: did you mean 'cover'?)",
        ])
    }

    @Test func aFileThatReplacesNoTemplateIsAWarning() throws {
        let workspace = try TemporaryWorkspace(copying: "packs-workspace")
        try workspace.write("templates/covr.mustache", "<p>{{title}}</p>\n")
        let result = try CLI.run(["pack", "build", "packs/school-pack.yaml", "-o", "out"], in: workspace.root)
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix(
            "templates/covr.mustache: warning: no pack template is called 'covr.mustache', so this file is not used\n"))
        #expect(result.stdout == "wrote out/school-pack.html\n")
    }

    @Test func includesAreReadAsSwiftMustacheReadsThem() {
        #expect(TemplateIncludes.of("a {{> one}}\n{{<two}}{{$b}}x{{/b}}{{/two}}") == [
            .init(name: "one", line: 1, column: 3), .init(name: "two", line: 2, column: 1),
        ])
        // A comment ends at the first closing delimiter; a delimiter change ends with its section.
        #expect(TemplateIncludes.of("{{! {{> one}} }}{{#s}}{{=<% %>=}}<%> two%><%/s%>{{> three}}<%> four%>") == [
            .init(name: "two", line: 1, column: 34), .init(name: "three", line: 1, column: 49),
        ])
        #expect(TemplateIncludes.of("{{=<% %>=}}<%>*name%> ä<%>../x%>").map(\.name) == ["*name", "../x"])
    }
}
