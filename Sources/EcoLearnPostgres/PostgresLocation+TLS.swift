import NIOSSL
import PostgresNIO

extension PostgresLocation {
    /// The TLS settings of `sslMode`, as libpq has them: nil for `disable`; for `prefer` and `require` encryption
    /// without a check of the server's certificate; for `verify-ca` a certificate signed by an authority of
    /// `rootCertificates` (or the system's); for `verify-full` one that also names the host.
    var tlsConfiguration: TLSConfiguration? {
        var configuration = TLSConfiguration.makeClientConfiguration()
        switch sslMode {
        case .disable: return nil
        case .prefer, .require: configuration.certificateVerification = .none
        case .verifyCA: configuration.certificateVerification = .noHostnameVerification
        case .verifyFull: configuration.certificateVerification = .fullVerification
        }
        if let rootCertificates { configuration.trustRoots = .file(rootCertificates) }
        return configuration
    }

    /// The pool's TLS setting.
    func clientTLS() -> PostgresClient.Configuration.TLS {
        guard let configuration = tlsConfiguration else { return .disable }
        return sslMode == .prefer ? .prefer(configuration) : .require(configuration)
    }

    /// One connection's TLS setting.
    func connectionTLS() throws -> PostgresConnection.Configuration.TLS {
        guard let configuration = tlsConfiguration else { return .disable }
        let context = try NIOSSLContext(configuration: configuration)
        return sslMode == .prefer ? .prefer(context) : .require(context)
    }
}
