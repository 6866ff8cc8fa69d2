/// One part of a lesson a teacher runs: a game, a discussion, a worksheet...
public struct Activity: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case game
        case discussion
        case demonstration
        case experiment
        case fieldwork
        case worksheet
    }

    public var id: String
    public var title: LocalizedText
    public var minutes: Int
    public var kind: Kind
    /// What the teacher does, step by step (Markdown).
    public var steps: LocalizedText
    public var media: [MediaReference]
    /// Shown only in the teacher guide (Markdown).
    public var teacherNotes: LocalizedText?
    /// A student page (Markdown).
    public var worksheet: LocalizedText?
    public var mark: SourceMark

    public init(
        id: String, title: LocalizedText, minutes: Int, kind: Kind, steps: LocalizedText,
        media: [MediaReference] = [], teacherNotes: LocalizedText? = nil, worksheet: LocalizedText? = nil,
        mark: SourceMark
    ) {
        self.id = id
        self.title = title
        self.minutes = minutes
        self.kind = kind
        self.steps = steps
        self.media = media
        self.teacherNotes = teacherNotes
        self.worksheet = worksheet
        self.mark = mark
    }
}

/// An image a lesson shows, with the alt text every reader needs.
public struct MediaReference: Sendable, Hashable, Codable {
    /// Relative to the library, always under `media/`.
    public var path: String
    public var alt: LocalizedText
    public var caption: LocalizedText?
    public var mark: SourceMark

    public init(path: String, alt: LocalizedText, caption: LocalizedText? = nil, mark: SourceMark) {
        self.path = path
        self.alt = alt
        self.caption = caption
        self.mark = mark
    }
}
