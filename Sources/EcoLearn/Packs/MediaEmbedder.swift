import Foundation

/// Reads the images a pack shows from the workspace's media/ folder and turns them into `data:` URIs, so the
/// pack needs nothing beside itself. Each file is read (and each problem reported) once however often it is shown.
struct MediaEmbedder {
    /// The largest image a pack embeds.
    static let maximumBytes = 5_000_000

    let root: URL
    private var cache: [String: String?] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    init(root: URL) {
        self.root = root
    }

    /// The `data:` URI of the image at `reference.path`, or nil (and a diagnostic) when it cannot be used.
    mutating func dataURI(for reference: MediaReference) -> String? {
        if let cached = cache[reference.path] { return cached }
        let uri: String?
        switch load(reference.path) {
        case .success(let loaded): uri = loaded
        case .failure(let problem):
            diagnostics += problem.inFile
            diagnostics.append(.error(problem.message, at: reference.mark, path: "media", hint: problem.hint))
            uri = nil
        }
        cache[reference.path] = uri
        return uri
    }

    /// The images of `references` that can be embedded, with their alt text and caption in `language`.
    mutating func views(of references: [MediaReference], in language: String) -> [MediaView] {
        references.compactMap { reference in
            dataURI(for: reference).map {
                MediaView(
                    dataURI: $0, alt: reference.alt.text(in: language),
                    caption: reference.caption.map { $0.text(in: language) })
            }
        }
    }

    private struct Problem: Error {
        var message: String
        var hint: String
        /// Problems located in the image file itself.
        var inFile: [Diagnostic] = []
    }

    private static let types = ["svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg"]

    private func load(_ path: String) -> Result<String, Problem> {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        guard components.count >= 2, components.first == "media", !path.hasPrefix("/"),
            !components.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty })
        else {
            return .failure(Problem(
                message: "image path '\(path)' is not inside media/",
                hint: "write a path such as media/bins-latvia.svg"))
        }
        let fileExtension = (path as NSString).pathExtension.lowercased()
        guard let type = Self.types[fileExtension] else {
            return .failure(Problem(
                message: "image '\(path)' is not an SVG, PNG or JPEG file", hint: "convert it to SVG or PNG"))
        }
        let url = root.appendingPathComponent(path)
        let mediaFolder = root.appendingPathComponent("media").resolvingSymlinksInPath().path + "/"
        guard url.resolvingSymlinksInPath().path.hasPrefix(mediaFolder) else {
            return .failure(Problem(
                message: "image '\(path)' leads outside media/", hint: "copy the file into media/"))
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
        guard let size, let data = try? Data(contentsOf: url) else {
            return .failure(Problem(
                message: "image '\(path)' does not exist", hint: "add the file to media/ or fix the path"))
        }
        guard size <= Self.maximumBytes else {
            return .failure(Problem(
                message: "image '\(path)' is \(size / 1_000_000) MB, more than a pack embeds (5 MB)",
                hint: "make the image smaller"))
        }
        if type == "image/svg+xml" {
            let problems = SVGReferenceCheck.problems(in: Array(data), file: path)
            if !problems.isEmpty {
                return .failure(Problem(
                    message: "image '\(path)' refers to files outside itself",
                    hint: "fix the problems listed for \(path)",
                    inFile: problems))
            }
        }
        return .success("data:\(type);base64,\(data.base64EncodedString())")
    }
}
