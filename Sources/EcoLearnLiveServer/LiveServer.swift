import EcoLearnLive
import Foundation
import Hummingbird
import HummingbirdWebSocket
import Logging
import ServiceLifecycle

/// The HTTP and WebSocket server of a live game, by area:
/// - players (open to the room): `/` the player page (`?pin=` fills the PIN in), `/live.css`, `/player.js`,
///   and the WebSocket `/ws/play` (joining needs the PIN; answering needs the player's token);
/// - host (needs `?key=` with the host key): `/host`, `/host.js`, `/host/qr.svg`, `/results`, `/results.csv`
///   and the WebSocket `/ws/host`.
/// Anything else, or a host path without the right key, answers 404.
public enum LiveServer {
    /// The biggest WebSocket message a page may send, in bytes.
    public static let maxMessageSize = 4096
    /// Messages a connection may send in a burst, then per second, before the rest are dropped.
    public static let burst = 20.0
    public static let perSecond = 5.0

    /// The application serving `room` at `host`:`port`, with `joinURL` in the QR code; tests call it with port 0.
    public static func buildApplication(
        room: LiveRoom, host: String, port: Int, joinURL: String, logger: Logger = Logger(label: "ecolearn-live")
    ) -> some ApplicationProtocol {
        let router = Router(context: BasicWebSocketRequestContext.self)
        addPlayerRoutes(router, room: room)
        addHostRoutes(router, room: room, joinURL: joinURL)
        var quiet = logger
        quiet.logLevel = .error
        return Application(
            router: router,
            server: .http1WebSocketUpgrade(
                webSocketRouter: router, configuration: .init(ws: .init(maxFrameSize: maxMessageSize))),
            configuration: .init(address: .hostname(host, port: port), serverName: "ecolearn", backlog: 4096),
            services: [LiveTicker(room: room)],
            logger: quiet)
    }

    private static func addPlayerRoutes(_ router: Router<BasicWebSocketRequestContext>, room: LiveRoom) {
        router.get("/") { request, _ in
            let game = await room.current
            let language = AcceptLanguage.preferred(request.headers[.acceptLanguage], among: game.unit.languages)
                ?? game.settings.hostLanguage
            return page(LivePages.player(
                language: language, title: game.unit.title.text(in: language), languages: game.unit.languages))
        }
        router.get("/live.css") { _, _ in asset(LivePages.css, type: "text/css; charset=utf-8") }
        router.get("/player.js") { _, _ in asset(LivePages.playerScript, type: "text/javascript; charset=utf-8") }
        router.ws("/ws/play") { inbound, outbound, _ in
            let (id, messages) = await room.connect()
            try await pump(messages, to: outbound) {
                var limiter = RateLimiter(burst: burst, perSecond: perSecond)
                let decoder = JSONDecoder()
                for try await message in inbound.messages(maxSize: maxMessageSize) {
                    guard limiter.allow(at: ContinuousClock.now) else { continue }
                    guard case .text(let text) = message,
                        let decoded = try? decoder.decode(PlayerMessage.self, from: Data(text.utf8))
                    else { continue }
                    await room.receive(decoded, from: id)
                }
            }
            await room.disconnect(id)
        }
    }

    private static func addHostRoutes(_ router: Router<BasicWebSocketRequestContext>, room: LiveRoom, joinURL: String) {
        let key = room.access.hostKey
        @Sendable func allowed(_ request: Request) -> Bool {
            request.uri.queryParameters["key"].map { constantTimeEqual(String($0), key) } ?? false
        }
        router.get("/host") { request, _ in
            guard allowed(request) else { return notFound() }
            let game = await room.current
            return page(LivePages.host(
                language: game.settings.hostLanguage, title: game.unit.title.text(in: game.settings.hostLanguage),
                joinURL: joinURL, pin: room.access.pin, key: key))
        }
        router.get("/host.js") { request, _ in
            guard allowed(request) else { return notFound() }
            return asset(LivePages.hostScript, type: "text/javascript; charset=utf-8")
        }
        router.get("/host/qr.svg") { request, _ in
            guard allowed(request), let code = QRCode(joinURL) else { return notFound() }
            return asset(code.svg(label: joinURL), type: "image/svg+xml")
        }
        router.get("/results") { request, _ in
            guard allowed(request) else { return notFound() }
            return page(LivePages.results(await room.current, key: key))
        }
        router.get("/results.csv") { request, _ in
            guard allowed(request) else { return notFound() }
            let game = await room.current
            var response = asset(game.paperCSV(), type: "text/csv; charset=utf-8")
            response.headers[.contentDisposition] = "attachment; filename=\"\(game.unit.id)-live.csv\""
            return response
        }
        router.ws("/ws/host") { request, _ in
            allowed(request) ? .upgrade([:]) : .dontUpgrade
        } onUpgrade: { inbound, outbound, _ in
            let (id, messages) = await room.connectHost()
            try await pump(messages, to: outbound) {
                let decoder = JSONDecoder()
                for try await message in inbound.messages(maxSize: maxMessageSize) {
                    guard case .text(let text) = message,
                        let decoded = try? decoder.decode(HostMessage.self, from: Data(text.utf8)),
                        let command = decoded.command
                    else { continue }
                    await room.command(command)
                }
            }
            await room.disconnect(id)
        }
        router.get("/**") { _, _ in notFound() }
    }

    /// Encodes `messages` and writes them to the socket while `receive` reads from it; stops both when either ends.
    private static func pump(
        _ messages: AsyncStream<Outgoing>, to outbound: WebSocketOutboundWriter,
        receive: @escaping @Sendable () async throws -> Void
    ) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for await message in messages { try await outbound.write(.text(Outgoing.encode(message))) }
            }
            group.addTask { try await receive() }
            _ = try await group.next()
            group.cancelAll()
        }
    }

    private static func page(_ html: String) -> Response {
        var response = asset(html, type: "text/html; charset=utf-8")
        response.headers[.contentSecurityPolicy] =
            "default-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'"
        return response
    }

    private static func asset(_ text: String, type: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    private static func notFound() -> Response {
        asset("not found\n", type: "text/plain; charset=utf-8").with(status: .notFound)
    }

    /// Compares without stopping at the first different character.
    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let (x, y) = (Array(a.utf8), Array(b.utf8))
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

extension Response {
    fileprivate func with(status: HTTPResponse.Status) -> Response {
        var copy = self
        copy.status = status
        return copy
    }
}

/// Closes timed-out questions and sends the projector its pending view, four times a second.
struct LiveTicker: Service {
    let room: LiveRoom

    func run() async throws {
        try await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try await Task.sleep(for: .milliseconds(250))
                await room.tick()
            }
        }
    }
}
