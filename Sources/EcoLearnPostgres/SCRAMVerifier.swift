import Crypto
import Foundation

/// A login's password as PostgreSQL stores it (`SCRAM-SHA-256$4096:salt$StoredKey:ServerKey`, RFC 5802 and
/// RFC 7677), computed on this side, so `CREATE ROLE ... PASSWORD` never carries the password itself: not over the
/// network, not into the server's statement log.
struct SCRAMVerifier {
    static let iterations = 4096

    /// The verifier of `password` with a new random salt.
    static func make(password: String) -> String {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return make(password: password, salt: salt)
    }

    /// The verifier of `password` with `salt` (the password's bytes are its NFKC form, SASLprep's normalisation).
    static func make(password: String, salt: [UInt8]) -> String {
        let key = SymmetricKey(data: Array(password.precomposedStringWithCompatibilityMapping.utf8))
        let salted = saltedPassword(key, salt: salt)
        let clientKey = Data(HMAC<SHA256>.authenticationCode(for: Array("Client Key".utf8), using: salted))
        let storedKey = Data(SHA256.hash(data: clientKey))
        let serverKey = Data(HMAC<SHA256>.authenticationCode(for: Array("Server Key".utf8), using: salted))
        return "SCRAM-SHA-256$\(iterations):\(Data(salt).base64EncodedString())$"
            + "\(storedKey.base64EncodedString()):\(serverKey.base64EncodedString())"
    }

    /// PBKDF2-HMAC-SHA-256 of the password, one 32-byte block (`Hi()` of RFC 5802).
    private static func saltedPassword(_ password: SymmetricKey, salt: [UInt8]) -> SymmetricKey {
        var block = Array(HMAC<SHA256>.authenticationCode(for: salt + [0, 0, 0, 1], using: password))
        var result = block
        for _ in 1..<iterations {
            block = Array(HMAC<SHA256>.authenticationCode(for: block, using: password))
            for index in result.indices { result[index] ^= block[index] }
        }
        return SymmetricKey(data: result)
    }
}
