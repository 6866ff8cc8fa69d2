import Foundation

/// The two ways text is trimmed; they differ on line breaks, so each says which it removes.
extension String {
    /// The text without leading and trailing white space of any kind: spaces, tabs, line breaks and every other
    /// Unicode white space. Answers, GIFT and Moodle texts and quiz CSV cells are read so.
    package var trimmingWhitespace: String {
        if let trimmed = utf8.withContiguousStorageIfAvailable(Self.trimmingASCIISpaces) { return trimmed ?? self }
        return trimmingUnicodeSpaces
    }

    /// The trimmed text when only ASCII spaces, tabs and line breaks need trimming (nil when the text is
    /// already trimmed); the untrimmed `String` itself is returned by the caller to avoid a copy. Falls back to
    /// `trimmingUnicodeSpaces` when a non-ASCII character stands where trimming stops.
    private static func trimmingASCIISpaces(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        var start = 0
        var end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        if start == end { return start == 0 && end == bytes.count ? nil : "" }
        guard bytes[start] < 0x80, bytes[end - 1] < 0x80 else {
            return String(decoding: bytes, as: UTF8.self).trimmingUnicodeSpaces
        }
        if start == 0, end == bytes.count { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    private var trimmingUnicodeSpaces: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }

    /// The text without leading and trailing spaces and tabs, line breaks kept (`trimmingCharacters(in:
    /// .whitespaces)`): the cells of participation sheets and what is typed for an event are read so. Without
    /// Foundation's cost in the common case: when the first and last bytes are ASCII and neither a space nor a tab,
    /// nothing can be trimmed and the string is returned as it is. Any other text (including a non-ASCII space
    /// such as U+00A0 at either end) goes through Foundation, so the result is always the same.
    package var trimmingSpacesAndTabs: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        if first < 0x80, last < 0x80, first != 0x20, first != 0x09, last != 0x20, last != 0x09 { return self }
        return trimmingCharacters(in: .whitespaces)
    }
}
