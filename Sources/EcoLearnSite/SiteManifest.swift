import EcoLearn
import Foundation

/// The build cache kept in the site's folder (`.ecolearn-site.json`): for each unit, a fingerprint of all it was
/// made from (its file, its pictures, the workspace's templates, the build's settings) and the files made from
/// it. A rebuild skips a unit whose fingerprint is unchanged and whose files are all there, and deletes the files
/// of units that are gone or now have errors.
struct SiteManifest: Codable, Equatable {
    /// Changes whenever the pages a unit gives change for the same inputs, so an old cache is not trusted.
    static let format = 1

    struct Entry: Codable, Equatable {
        var fingerprint: String
        var files: [String]
    }

    var format: Int
    var units: [String: Entry]

    static func read(from folder: URL) -> SiteManifest? {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(SitePaths.manifest)),
            let manifest = try? JSONDecoder().decode(SiteManifest.self, from: data), manifest.format == format
        else { return nil }
        return manifest
    }

    var bytes: [UInt8] { Array(((try? StableJSON.encode(self)) ?? "{}").utf8) + [0x0A] }
}

/// A 64-bit FNV-1a hash of everything a unit's pages are made from; not for security, only to notice change.
struct Fingerprint {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            state ^= UInt64(byte)
            state = state &* 0x0000_0100_0000_01b3
        }
        endField()
    }

    mutating func add(_ text: String) { add(text.utf8) }

    /// Marks the end of one input, so that ("ab", "c") and ("a", "bc") differ.
    private mutating func endField() {
        state ^= 0xFF
        state = state &* 0x0000_0100_0000_01b3
    }

    var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
