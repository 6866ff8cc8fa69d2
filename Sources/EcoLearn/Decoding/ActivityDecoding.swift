extension LessonDecoder {
    static let activityKeys = ["id", "title", "minutes", "kind", "steps", "media", "teacher_notes", "worksheet"]
    static let mediaKeys = ["path", "alt", "caption"]

    func activity(_ node: YAMLNode, path: FieldPath) -> Activity? {
        var id: String?, title: LocalizedText?, minutes: Int?, kind: Activity.Kind?, steps: LocalizedText?
        var media: [MediaReference] = [], teacherNotes: LocalizedText?, worksheet: LocalizedText?
        var seen: [String] = []
        let isMapping = decoder.fields(of: node, path: path, known: Self.activityKeys) { key, value in
            let here = path.appending(key)
            seen.append(key)
            switch key {
            case "id": id = decoder.text(value, path: here)
            case "title": title = decoder.localized(value, path: here)
            case "minutes": minutes = decoder.integer(value, path: here)
            case "kind": kind = decoder.choice(value, path: here, as: Activity.Kind.self)
            case "steps": steps = decoder.localized(value, path: here)
            case "media": media = decoder.list(value, path: here)?.compactMap { mediaReference($0.node, path: $0.path) } ?? []
            case "teacher_notes": teacherNotes = decoder.localized(value, path: here)
            case "worksheet": worksheet = decoder.localized(value, path: here)
            default: return false
            }
            return true
        }
        guard isMapping else { return nil }
        for key in ["id", "title", "minutes", "kind", "steps"] where !seen.contains(key) {
            decoder.missing(key, in: node, path: path)
        }
        guard let id, let title, let minutes, let kind, let steps else { return nil }
        return Activity(
            id: id, title: title, minutes: minutes, kind: kind, steps: steps, media: media,
            teacherNotes: teacherNotes, worksheet: worksheet, mark: decoder.mark(of: node))
    }

    private func mediaReference(_ node: YAMLNode, path: FieldPath) -> MediaReference? {
        var filePath: String?, alt: LocalizedText?, caption: LocalizedText?
        let isMapping = decoder.fields(of: node, path: path, known: Self.mediaKeys) { key, value in
            let here = path.appending(key)
            switch key {
            case "path": filePath = decoder.text(value, path: here)
            case "alt": alt = decoder.localized(value, path: here)
            case "caption": caption = decoder.localized(value, path: here)
            default: return false
            }
            return true
        }
        guard isMapping else { return nil }
        if filePath == nil { decoder.missing("path", in: node, path: path) }
        if alt == nil {
            decoder.missing("alt", in: node, path: path, hint: "every image needs alt text in every language")
        }
        guard let filePath, let alt else { return nil }
        return MediaReference(path: filePath, alt: alt, caption: caption, mark: decoder.mark(of: node))
    }
}
