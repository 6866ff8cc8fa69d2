import Foundation

extension String {
    /// The text without leading and trailing spaces and tabs (`trimmingCharacters(in: .whitespaces)`), but without
    /// Foundation's cost in the common case: when the first and last bytes are ASCII and neither a space nor a tab,
    /// nothing can be trimmed and the string is returned as it is. Any other text (including a non-ASCII space
    /// such as U+00A0 at either end) goes through Foundation, so the result is always the same.
    package var trimmedSpaces: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        if first < 0x80, last < 0x80, first != 0x20, first != 0x09, last != 0x20, last != 0x09 { return self }
        return trimmingCharacters(in: .whitespaces)
    }
}
