/// Checks of a media path as written in a unit, before it touches the file system.
public enum MediaPath {
    /// Why a media path was refused.
    public struct Problem: Error, Sendable, Equatable {
        public var message: String
        public var hint: String
    }

    /// The normalized `media/...` path, or why it is refused: it must stay inside media/, be relative, use
    /// forward slashes and name an SVG, PNG or JPEG file.
    public static func check(_ path: String) -> Result<String, Problem> {
        let inside = "keep images in the media/ folder and write media/NAME.svg"
        if path.hasPrefix("/") || path.utf8.contains(UInt8(ascii: "\\")) || path.utf8.contains(UInt8(ascii: ":")) {
            return .failure(Problem(message: "media path '\(path)' must be a relative path under media/", hint: inside))
        }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if parts.contains("..") {
            return .failure(Problem(message: "media path '\(path)' leaves the media/ folder", hint: inside))
        }
        let kept = parts.filter { $0 != "." && !$0.isEmpty }
        guard kept.count >= 2, kept[0] == "media" else {
            return .failure(Problem(message: "media path '\(path)' is not under media/", hint: inside))
        }
        let name = kept.last.map(String.init) ?? ""
        let ext = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
        guard name.utf8.contains(UInt8(ascii: ".")), Vocabulary.mediaExtensions.contains(ext) else {
            return .failure(Problem(message: "media file '\(name)' is not an SVG, PNG or JPEG image",
                                    hint: "use .svg (preferred), .png, .jpg or .jpeg"))
        }
        return .success(kept.joined(separator: "/"))
    }
}
