import Foundation

/// The JSON forms of ecolearn, both with sorted keys and slashes unescaped, so the same value always gives the same
/// bytes: pretty-printed for every output a person reads, and one compact line for journals and messages.
public enum StableJSON {
    /// `value` as pretty-printed JSON with sorted keys (no final line break).
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// `value` as one line of compact JSON with sorted keys (no line break): one journal record, one message.
    public static func line<T: Encodable>(_ value: T) throws -> Data {
        try lineEncoder.encode(value)
    }

    private static let lineEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
}
