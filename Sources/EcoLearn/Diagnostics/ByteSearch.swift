import Foundation

/// Fast byte searches over UTF-8 text (memchr-based), for checks that run over every text of a library.
enum ByteSearch {
    /// True when `bytes` contains `byte`.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, byte: UInt8) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
        return memchr(base, Int32(byte), bytes.count) != nil
    }

    /// True when `bytes` contains the ASCII `needle`.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, ascii needle: StaticString) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard let base = bytes.baseAddress, bytes.count >= count, count > 0 else { return false }
        let first = needle.utf8Start.pointee
        var offset = 0
        while offset <= bytes.count - count,
              let hit = memchr(base + offset, Int32(first), bytes.count - count + 1 - offset) {
            let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + position, needle.utf8Start, count) == 0 { return true }
            offset = position + 1
        }
        return false
    }

    /// True when the UTF-8 of `text` contains `byte`.
    static func contains(_ text: String, byte: UInt8) -> Bool {
        var text = text
        return text.withUTF8 { contains($0, byte: byte) }
    }

    /// True when the UTF-8 of `text` contains the ASCII `needle`.
    static func contains(_ text: String, ascii needle: StaticString) -> Bool {
        var text = text
        return text.withUTF8 { contains($0, ascii: needle) }
    }
}
