import Foundation

/// Numbers as people write them on paper and in quiz files: `10`, `0.5`, `2,5`.
enum NumberText {
    /// The shortest plain form of `value`: no trailing `.0`, no exponent for everyday magnitudes.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// Reads a number written with a point or a comma as the decimal separator (`2.5`, `2,5`, `-3`, ` 10 `).
    /// Returns nil for anything else, including thousands separators, infinities and NaN.
    static func parse(_ text: String) -> Double? {
        if let ascii = text.utf8.withContiguousStorageIfAvailable(parseASCII), let ascii { return ascii }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 64 else { return nil }
        var sawSeparator = false
        var sawDigit = false
        var normalized = ""
        for (offset, character) in trimmed.enumerated() {
            switch character {
            case "0"..."9":
                sawDigit = true
                normalized.append(character)
            case "-" where offset == 0, "+" where offset == 0:
                normalized.append(character)
            case ".", ",":
                if sawSeparator { return nil }
                sawSeparator = true
                normalized.append(".")
            default:
                return nil
            }
        }
        guard sawDigit, let value = Double(normalized), value.isFinite else { return nil }
        return value
    }

    /// `parse` for ASCII text, without building strings on the way: `.some(nil)` when it is not a number, nil
    /// when the text is not ASCII (then the general path decides).
    private static func parseASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Double?? {
        var start = 0
        var end = bytes.count
        // `.whitespaces` holds of ASCII only the space and the tab.
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        guard !bytes[start..<end].contains(where: { $0 >= 0x80 }) else { return nil }
        guard start < end, end - start <= 64 else { return .some(nil) }
        var sawSeparator = false
        var sawDigit = false
        var normalized = [UInt8]()
        normalized.reserveCapacity(end - start)
        for index in start..<end {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                normalized.append(byte)
            case UInt8(ascii: "-") where index == start, UInt8(ascii: "+") where index == start:
                normalized.append(byte)
            case UInt8(ascii: "."), UInt8(ascii: ","):
                if sawSeparator { return .some(nil) }
                sawSeparator = true
                normalized.append(UInt8(ascii: "."))
            default:
                return .some(nil)
            }
        }
        if !sawSeparator, normalized.count <= 16, let whole = Int64(String(decoding: normalized, as: UTF8.self)) {
            // Up to 15 digits: exact as a double, as strtod reads it (the sign kept for -0).
            let magnitude = Double(whole.magnitude)
            return normalized.first == UInt8(ascii: "-") ? -magnitude : magnitude
        }
        guard sawDigit, let value = Double(String(decoding: normalized, as: UTF8.self)), value.isFinite else {
            return .some(nil)
        }
        return value
    }
}
