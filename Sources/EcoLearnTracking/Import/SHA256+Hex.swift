import Crypto
import Foundation

extension SHA256 {
    /// The SHA-256 digest of `bytes` in lowercase hex (64 characters): the identity of an imported file.
    package static func hex(_ bytes: some DataProtocol) -> String {
        hash(data: bytes).map { byte in
            let digits = String(byte, radix: 16)
            return byte < 16 ? "0" + digits : digits
        }.joined()
    }
}
