import Foundation

extension PackSpec {
    /// The name of the files a build writes (`NAME.html`, `NAME.pdf`): the spec file's name without its folder
    /// and extension, or `pack-LANGUAGE-AUDIENCE` for a spec built in code.
    public var outputName: String {
        guard !file.isEmpty else { return "pack-\(language)-\(audience.rawValue)" }
        return URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
    }

    /// The name of the files of a slide deck made from units named one by one: `UNIT-LANGUAGE-slides` for one
    /// unit, `slides-LANGUAGE` for several.
    public static func slidesName(lessons: [String], language: String) -> String {
        lessons.count == 1 ? "\(lessons[0])-\(language)-slides" : "slides-\(language)"
    }
}
