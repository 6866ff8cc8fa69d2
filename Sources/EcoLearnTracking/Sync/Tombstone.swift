import Crypto
import EcoLearn
import Foundation

/// What `participants forget` leaves behind for sync: the SHA-256 of the forgotten key as `CaselessKey` folds it (in
/// lowercase hex), never the key. A laptop sends its tombstones to the server, which removes the person there; a
/// laptop that syncs receives the server's tombstones and removes the person too. A key with a tombstone on the
/// server is not accepted again from any laptop.
public enum Tombstone {
    /// The tombstone of `key`: the same for every spelling `CaselessKey` treats as one key.
    public static func keyHash(_ key: String) -> String {
        SHA256.hex(Data(CaselessKey.fold(key).utf8))
    }

    /// The tombstone of a key already folded (`participant.folded_key`, `quiz_result.respondent_key`).
    public static func hash(folded: String) -> String {
        SHA256.hex(Data(folded.utf8))
    }
}
