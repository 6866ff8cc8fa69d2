import Foundation

/// The language a browser asks for in its `Accept-Language` header (RFC 9110, section 12.5.4), among the languages
/// a page can be shown in, so that a phone set to Latvian or Turkish gets its page in that language from the first
/// byte, before any script runs.
public enum AcceptLanguage {
    /// The offered language the header ranks highest, or nil when it accepts none of them (or is missing).
    ///
    /// A range matches a language when it is that language or a regional form of it (`lv-LV` matches `lv`); `*`
    /// matches any language not named elsewhere in the header; weight `q=0` refuses a language; between ranges of
    /// equal weight the earlier one wins, and between offered languages matched by `*` the earlier offer wins.
    /// A malformed weight counts as 1, as browsers never send one and a hand-written header should not fail.
    public static func preferred(_ header: String?, among offered: [String]) -> String? {
        guard let header else { return nil }
        let ranges = header.split(separator: ",").compactMap(Range.init)
        let named = Set(offered.filter { language in ranges.contains { $0.names(language) } })
        var best: (language: String, weight: Double, position: Int)?
        for language in offered {
            let matching = ranges.enumerated().first { _, range in
                range.names(language) || (range.isWildcard && !named.contains(language))
            }
            guard let (position, range) = matching, range.weight > 0 else { continue }
            if best == nil || range.weight > best!.weight || (range.weight == best!.weight && position < best!.position) {
                best = (language, range.weight, position)
            }
        }
        return best?.language
    }

    /// One comma-separated entry: a language range and its weight.
    private struct Range {
        var tag: String
        var weight: Double

        init?(_ entry: Substring) {
            let parts = entry.split(separator: ";")
            guard let first = parts.first else { return nil }
            tag = first.trimmingCharacters(in: .whitespaces).lowercased()
            guard !tag.isEmpty else { return nil }
            weight = 1
            for parameter in parts.dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                if pair.count == 2, pair[0].lowercased() == "q", let value = Double(pair[1]), (0...1).contains(value) {
                    weight = value
                }
            }
        }

        var isWildcard: Bool { tag == "*" }

        /// Whether this range is `language` itself or a regional form of it.
        func names(_ language: String) -> Bool {
            let language = language.lowercased()
            return tag == language || tag.hasPrefix(language + "-")
        }
    }
}
