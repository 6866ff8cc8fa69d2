/// Spreads text over slides so that what a slide shows fits at a size read from the back of a room. A slide of
/// the deck's normal type (28 pt on a 13.33 × 7.5 inch slide) has `bodyHeight` ems below a one-line heading for
/// lines of about `charactersPerLine` characters; a slide with more is set smaller (`dense`, `denser`,
/// `densest`). Heights are in ems of the normal type, as the slide style sets them.
enum SlidePaging {
    /// Characters on one line of body text at the normal size.
    static let charactersPerLine = 56
    /// The height below a one-line heading, in ems.
    static let bodyHeight = 12.0
    /// The height of one line of text (the style's line height).
    static let lineHeight = 1.3
    /// Space after an item (list entry, paragraph).
    static let itemGap = 0.35
    /// The sizes a slide can be set in, as fractions of the normal size, with their CSS class.
    static let sizes: [(scale: Double, name: String?)] = [(1, nil), (0.8, "dense"), (0.65, "denser"), (0.55, "densest")]

    /// A line of text on a slide (a paragraph, a list entry) and its size relative to the body text.
    struct Text {
        var length: Int
        var scale = 1.0
    }

    /// The height `texts` take when the slide's type is `size` times the normal size, each with the gap after it.
    static func height(_ texts: [Text], size: Double = 1) -> Double {
        texts.reduce(0) { total, text in
            let scale = text.scale * size
            let perLine = max(1, Int(Double(charactersPerLine) / scale))
            return total + (Double(max(1, (text.length + perLine - 1) / perLine)) * lineHeight + itemGap) * scale
        }
    }

    /// The CSS class of the largest size at which `texts` fit under a heading of `heading` characters, with
    /// `reserved` ems taken by other lines (nil for the normal size).
    static func size(of texts: [Text], heading: Int = 0, reserved: Double = 0) -> String? {
        for (scale, name) in sizes {
            let extraHeading = height([Text(length: heading, scale: 1.5)], size: scale) - (lineHeight + itemGap) * 1.5 * scale
            if height(texts, size: scale) + extraHeading + reserved * scale <= bodyHeight { return name }
        }
        return sizes.last?.name
    }

    /// Consecutive ranges of `items` (each some lines of text) that fit a slide at the normal size; an item
    /// larger than a slide gets a slide of its own. Every index is in exactly one range, in order.
    static func pages(_ items: [[Text]], reserved: Double = 0) -> [Range<Int>] {
        var pages: [Range<Int>] = []
        var start = 0
        var used = 0.0
        for (index, item) in items.enumerated() {
            let cost = height(item)
            if index > start, used + cost + reserved > bodyHeight {
                pages.append(start..<index)
                start = index
                used = 0
            }
            used += cost
        }
        if start < items.count { pages.append(start..<items.count) }
        return pages
    }
}
