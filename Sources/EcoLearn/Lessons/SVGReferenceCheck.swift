/// Finds what an SVG picture in media/ would read from outside itself: an `href`/`src` or a CSS `url(...)` that
/// is not a fragment (`#id`) or an embedded raster image (`data:image/png;...`), a CSS `@import`, an
/// `<?xml-stylesheet?>`, or entities declared in the DOCTYPE. Packs embed media as they are, so such a reference
/// could pull a file from the coordinator's disk (or the network) into a PDF.
///
/// The scan reads the bytes as XML text without building a tree, and is strict on purpose: a reference written
/// with escapes (`&#102;ile:`) is refused rather than decoded. The PDF step refuses every such read as well.
public enum SVGReferenceCheck {
    /// At most this many problems are reported per file; the rest are summed up in one more line.
    static let maximumReported = 10

    /// Every problem of the SVG `bytes`, located in `file` (its path as shown, e.g. `media/bins.svg`).
    public static func problems(in bytes: [UInt8], file: String) -> [Diagnostic] {
        var scanner = Scanner(bytes: bytes)
        scanner.run()
        let findings = scanner.findings.sorted { $0.offset < $1.offset }
        var diagnostics = findings.prefix(maximumReported).map { finding in
            Diagnostic.error(finding.message, at: SourceMark(file: file, byteOffset: finding.offset, in: bytes), hint: finding.hint)
        }
        if findings.count > maximumReported, let last = diagnostics.last {
            diagnostics.append(.error(
                "\(findings.count - maximumReported) more references like these", at: last.mark,
                hint: "a picture in media/ must be self-contained"))
        }
        return diagnostics
    }

    private struct Finding {
        var offset: Int
        var message: String
        var hint: String
    }

    private static let selfContained =
        "a picture in media/ must be self-contained: draw it in the SVG, or embed a PNG or JPEG as data:image/png;base64,..."

    /// The XML text walk: markup is skipped or read for attributes; text and attribute values are searched for CSS.
    private struct Scanner {
        let bytes: [UInt8]
        var findings: [Finding] = []

        mutating func run() {
            var index = 0
            while index < bytes.count {
                guard bytes[index] == UInt8(ascii: "<") else {
                    index = scanCSS(from: index, to: nextMarkup(after: index))
                    continue
                }
                if starts("<!--", at: index) {
                    index = end(of: "-->", from: index + 4)
                } else if starts("<![CDATA[", at: index) {
                    let close = find("]]>", from: index + 9) ?? bytes.count
                    _ = scanCSS(from: index + 9, to: close)
                    index = min(close + 3, bytes.count)
                } else if starts("<?", at: index) {
                    if starts("<?xml-stylesheet", at: index, ignoringCase: true) {
                        findings.append(Finding(
                            offset: index, message: "links a stylesheet (<?xml-stylesheet?>), which a pack cannot embed",
                            hint: "put the CSS in a <style> element of the SVG"))
                    }
                    index = end(of: "?>", from: index + 2)
                } else if starts("<!DOCTYPE", at: index, ignoringCase: true) {
                    index = doctype(at: index)
                } else {
                    index = tag(at: index + 1)
                }
            }
        }

        /// The index of the next `<` at or after `index`, or the end.
        private func nextMarkup(after index: Int) -> Int {
            var next = index
            while next < bytes.count, bytes[next] != UInt8(ascii: "<") { next += 1 }
            return next
        }

        /// Skips a DOCTYPE (with its internal subset); entity declarations in it are refused.
        private mutating func doctype(at start: Int) -> Int {
            var index = start + 9
            var depth = 0
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "]"): depth -= 1
                case UInt8(ascii: "<") where starts("<!ENTITY", at: index, ignoringCase: true):
                    findings.append(Finding(
                        offset: index, message: "declares an entity in its DOCTYPE, which can read other files",
                        hint: "remove the DOCTYPE's [...] part; an SVG needs no entities"))
                case UInt8(ascii: ">") where depth <= 0: return index + 1
                default: break
                }
                index += 1
            }
            return index
        }

        /// Reads a start or end tag from just after its `<`; checks `href`, `xlink:href` and `src`, and searches
        /// every attribute value for CSS. Returns the index after the tag.
        private mutating func tag(at start: Int) -> Int {
            var index = start
            while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
            while index < bytes.count {
                while index < bytes.count, isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") { index += 1 }
                guard index < bytes.count, bytes[index] != UInt8(ascii: ">") else { return index + 1 }
                let nameStart = index
                while index < bytes.count, !isSpace(bytes[index]), !"=>/".utf8.contains(bytes[index]) { index += 1 }
                let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
                while index < bytes.count, isSpace(bytes[index]) { index += 1 }
                guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { continue }
                index += 1
                while index < bytes.count, isSpace(bytes[index]) { index += 1 }
                let valueStart: Int, valueEnd: Int
                if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                    let quote = bytes[index]
                    valueStart = index + 1
                    valueEnd = bytes[valueStart...].firstIndex(of: quote) ?? bytes.count
                    index = min(valueEnd + 1, bytes.count)
                } else {
                    valueStart = index
                    while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                    valueEnd = index
                }
                if name == "href" || name == "src" || name.hasSuffix(":href") {
                    reference(bytes[valueStart..<valueEnd], at: valueStart)
                } else {
                    _ = scanCSS(from: valueStart, to: valueEnd)
                }
            }
            return index
        }

        /// Searches `start..<end` for CSS `url(...)` and `@import`; returns `end`.
        private mutating func scanCSS(from start: Int, to end: Int) -> Int {
            var index = start
            while index < end {
                let byte = bytes[index] | 0x20
                if byte == UInt8(ascii: "u"), starts("url(", at: index, ignoringCase: true) {
                    var valueStart = index + 4
                    while valueStart < end, isSpace(bytes[valueStart]) { valueStart += 1 }
                    var stops: [UInt8] = [UInt8(ascii: ")")]
                    if valueStart < end, bytes[valueStart] == UInt8(ascii: "\"") || bytes[valueStart] == UInt8(ascii: "'") {
                        stops = [bytes[valueStart]]
                        valueStart += 1
                    }
                    var valueEnd = valueStart
                    while valueEnd < end, !stops.contains(bytes[valueEnd]) { valueEnd += 1 }
                    reference(bytes[valueStart..<valueEnd], at: valueStart)
                    index = valueEnd
                } else if bytes[index] == UInt8(ascii: "@"), starts("@import", at: index, ignoringCase: true) {
                    findings.append(Finding(
                        offset: index, message: "imports a stylesheet (@import), which a pack cannot embed",
                        hint: "put the CSS itself in the <style> element"))
                    index += 7
                } else {
                    index += 1
                }
            }
            return end
        }

        /// Checks one reference: a fragment (`#id`), nothing, or an embedded PNG, JPEG, GIF or WebP is fine.
        private mutating func reference(_ value: ArraySlice<UInt8>, at offset: Int) {
            let text = String(decoding: value, as: UTF8.self).trimmingWhitespace
            let lowered = text.lowercased()
            if text.isEmpty || text.hasPrefix("#") { return }
            for type in ["png", "jpeg", "jpg", "gif", "webp"] {
                let prefix = "data:image/\(type)"
                if lowered.hasPrefix(prefix + ";") || lowered.hasPrefix(prefix + ",") { return }
            }
            let shown = text.count > 60 ? String(text.prefix(60)) + "…" : text
            if lowered.hasPrefix("data:image/svg") {
                findings.append(Finding(
                    offset: offset, message: "embeds another SVG as '\(shown)', which cannot be checked",
                    hint: "draw that picture in this SVG itself (a <g> or <symbol> with <use href=\"#id\"/>)"))
            } else {
                findings.append(Finding(
                    offset: offset, message: "refers to '\(shown)' outside the SVG", hint: selfContained))
            }
        }

        private func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        }

        private func starts(_ word: String, at index: Int, ignoringCase: Bool = false) -> Bool {
            let utf8 = word.utf8
            guard index + utf8.count <= bytes.count else { return false }
            return zip(bytes[index..<(index + utf8.count)], utf8).allSatisfy { got, want in
                let letter = (want | 0x20) >= UInt8(ascii: "a") && (want | 0x20) <= UInt8(ascii: "z")
                return ignoringCase && letter ? (got | 0x20) == (want | 0x20) : got == want
            }
        }

        private func find(_ word: String, from index: Int) -> Int? {
            var at = index
            while at < bytes.count {
                if starts(word, at: at) { return at }
                at += 1
            }
            return nil
        }

        private func end(of word: String, from index: Int) -> Int {
            find(word, from: index).map { $0 + word.utf8.count } ?? bytes.count
        }
    }
}
