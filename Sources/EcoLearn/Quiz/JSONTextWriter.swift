/// Writes JSON text straight into bytes, laid out exactly as Foundation's `JSONEncoder` lays it out with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`: two-space indents, `"key" : value`, empty arrays
/// and objects as `[` newline newline `]`, numbers as Swift prints them without a trailing `.0`, strings with
/// `"`, `\`, and control characters escaped and everything else (including `/` and non-ASCII) as is.
///
/// The caller writes keys in sorted order. Used where a report is too large to build as `Encodable` values first
/// (a paper-scoring report of 100,000 respondents is about 300 MB of JSON).
struct JSONTextWriter {
    /// The text written so far (the caller may take it and clear it between top-level pieces).
    var bytes: [UInt8] = []
    /// Per open container: whether it is an array, and how many members it has so far.
    private var open: [(isArray: Bool, count: Int)] = []
    /// Bit patterns of doubles already printed, with their text (reports repeat the same few values).
    private var numbers: [UInt64: [UInt8]] = [:]

    init() {}

    /// A writer that goes on inside open containers, outermost first, each with its members so far: text for
    /// a part of a document whose start another writer wrote.
    init(resumingAfter open: [(isArray: Bool, count: Int)]) {
        self.open = open
    }

    mutating func beginObject() {
        beforeValue()
        bytes.append(UInt8(ascii: "{"))
        bytes.append(UInt8(ascii: "\n"))
        open.append((false, 0))
    }

    mutating func endObject() { close(UInt8(ascii: "}")) }

    mutating func beginArray() {
        beforeValue()
        bytes.append(UInt8(ascii: "["))
        bytes.append(UInt8(ascii: "\n"))
        open.append((true, 0))
    }

    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts the member `name` of the open object; the value written next belongs to it.
    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: Self.keyEnd)
    }

    mutating func string(_ value: String) {
        beforeValue()
        var value = value
        value.withUTF8 { appendEscaped($0) }
    }

    mutating func integer<T: BinaryInteger>(_ value: T) {
        beforeValue()
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func bool(_ value: Bool) {
        beforeValue()
        bytes.append(contentsOf: value ? Self.trueText : Self.falseText)
    }

    mutating func null() {
        beforeValue()
        bytes.append(contentsOf: Self.nullText)
    }

    mutating func number(_ value: Double) {
        beforeValue()
        precondition(value.isFinite, "JSON holds no NaN or infinity")
        if let text = numbers[value.bitPattern] {
            bytes.append(contentsOf: text)
            return
        }
        var text = Array(value.description.utf8)
        if text.count > 2, text[text.count - 2] == UInt8(ascii: "."), text[text.count - 1] == UInt8(ascii: "0") {
            text.removeLast(2)
        }
        if numbers.count < 4096 { numbers[value.bitPattern] = text }
        bytes.append(contentsOf: text)
    }

    private static let keyEnd: [UInt8] = Array("\" : ".utf8)
    private static let trueText: [UInt8] = Array("true".utf8)
    private static let falseText: [UInt8] = Array("false".utf8)
    private static let nullText: [UInt8] = Array("null".utf8)
    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)
    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func beforeValue() {
        if let last = open.last, last.isArray { separate() }
    }

    /// A comma and a line break after the previous member (the opening bracket wrote the first line break),
    /// then the indent of the next member.
    private mutating func separate() {
        guard !open.isEmpty else { return }
        if open[open.count - 1].count > 0 {
            bytes.append(UInt8(ascii: ","))
            bytes.append(UInt8(ascii: "\n"))
        }
        open[open.count - 1].count += 1
        indent(open.count)
    }

    private mutating func close(_ bracket: UInt8) {
        open.removeLast()
        bytes.append(UInt8(ascii: "\n"))
        indent(open.count)
        bytes.append(bracket)
    }

    private mutating func indent(_ depth: Int) {
        var remaining = depth * 2
        while remaining > 0 {
            let step = min(remaining, Self.spaces.count)
            bytes.append(contentsOf: Self.spaces[0..<step])
            remaining -= step
        }
    }

    private mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var start = 0
        for (index, byte) in text.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<index]))
            start = index + 1
            bytes.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
            case 0x08: bytes.append(UInt8(ascii: "b"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0C: bytes.append(UInt8(ascii: "f"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            default:
                bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                bytes.append(Self.hex[Int(byte >> 4)])
                bytes.append(Self.hex[Int(byte & 0x0F)])
            }
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start...]))
        bytes.append(UInt8(ascii: "\""))
    }
}
