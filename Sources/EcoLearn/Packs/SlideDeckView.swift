/// The data the slide templates render: a deck of 16:9 slides. As in `PackView`, plain strings are escaped by the
/// templates and fields ending in `HTML` or `URI` hold markup that is already safe.
struct SlideDeckView {
    var lang: String
    var title: String
    var labels: [String: String]
    var slides: [SlideView]
}

/// One slide; `kind` names its layout (a CSS class), and the fields of that layout are set.
struct SlideView {
    var number: Int
    /// `slide-N`, the slide's fragment identifier (`deck.html#slide-5`).
    var anchor: String
    /// title, list, steps, picture, question, answer, sources, licence.
    var kind: String
    /// "N / total", printed in the slide's corner.
    var position: String
    var heading: String
    /// The unit the slide belongs to, shown small above the heading (nil on title slides).
    var unitTitle: String?
    /// `dense` or `denser` when the slide holds more text than fits at the normal size, so it is set smaller.
    var size: String?
    var cover: SlideCoverView?
    var items: [String] = []
    var blocksHTML: String?
    var picture: MediaView?
    var question: QuestionView?
    var instruction: String?
    var answer: QuestionView?
    var sources: [SourceView] = []
    /// The number of the slide's first source (sources run on over several slides).
    var sourcesStart = 1
    var licences: [LicenceLine] = []
    var noteLines: [String] = []
    var notesHTML: String?
    /// True when `noteLines` or `notesHTML` has something (set by the composer).
    var hasNotes = false
}

/// The title slide of a deck or of a unit.
struct SlideCoverView {
    var summary: String?
    var meta: [MetaItem]
    var organisation: String?
    var date: String?
    /// The units of a deck with several.
    var lessons: [String]
    var isDraft: Bool
}

/// A unit's line on the licence slide.
struct LicenceLine {
    var unitTitle: String
    var license: String
    var authors: String?
}
