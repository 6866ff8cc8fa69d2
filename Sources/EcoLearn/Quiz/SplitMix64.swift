/// A small deterministic pseudo-random generator (SplitMix64, Steele, Lea and Flood 2014).
///
/// Quiz variants must be identical on every machine and in every Swift version, so they never use
/// `SystemRandomNumberGenerator`, `Hasher` or the standard library's range sampling: the whole algorithm,
/// including bounded draws and the shuffle, is written out here.
public struct SplitMix64: Sendable {
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (`bound` > 0), without modulo bias (rejection sampling).
    public mutating func next(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let limit = UInt64(bound)
        // The largest multiple of `limit` that fits; values at or above it are redrawn.
        let threshold = UInt64.max - UInt64.max % limit
        while true {
            let value = next()
            if value < threshold { return Int(value % limit) }
        }
    }

    /// The indices `0..<count` in a random order (Fisher-Yates, drawing from the back).
    public mutating func permutation(of count: Int) -> [Int] {
        var indices = Array(0..<count)
        shuffle(&indices)
        return indices
    }

    /// Shuffles `elements` in place (Fisher-Yates, drawing from the back).
    public mutating func shuffle<T>(_ elements: inout [T]) {
        guard elements.count > 1 else { return }
        for last in stride(from: elements.count - 1, to: 0, by: -1) {
            let other = next(below: last + 1)
            if other != last { elements.swapAt(other, last) }
        }
    }

    /// A stable 64-bit hash of `text` (FNV-1a over its UTF-8 bytes), for mixing names into seeds.
    public static func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
