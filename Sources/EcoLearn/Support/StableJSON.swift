import Foundation

/// The one JSON form every output of ecolearn uses: pretty-printed, sorted keys, slashes unescaped, so the same
/// value always gives the same bytes.
public enum StableJSON {
    /// `value` as pretty-printed JSON with sorted keys (no final line break).
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
