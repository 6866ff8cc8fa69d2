import EcoLearn
import EcoLearnLive
import Foundation
import Hummingbird
import HummingbirdTesting
import HummingbirdWSClient
import HummingbirdWSTesting
import Testing

@testable import EcoLearnLiveServer

/// What the projector and a phone are sent around an answer: the projector a small `progress` delta (never the
/// whole view again while a question is open), the phone an `accepted` message; a projector that connects (a
/// reloaded host page) gets the whole view with every answer so far.
@Suite(.serialized, .timeLimit(.minutes(1))) struct LiveHostMessageTests {
    private typealias S = LiveTestServer

    @Test func anAnswerReachesTheHostAsAProgressDeltaAndTheReloadedHostGetsTheWholeView() async throws {
        let room = try S.room(timer: 60, points: .accuracy)
        let question = await room.current.variant.questions[0]
        let cell = question.answerKey(in: "en")
        let points = Int(question.question.points * 1000)
        _ = try await S.application(room).test(.live) { client in
            try await client.ws("/ws/host?key=\(S.key)") { hostInbound, hostOutbound, _ in
                let host = TestSocket(hostInbound, hostOutbound)
                #expect(try await host.hostView()["screen"] as? String == "lobby")
                try await client.ws("/ws/play") { inbound, outbound, _ in
                    let phone = TestSocket(inbound, outbound)
                    try await phone.send(["type": "join", "pin": S.pin, "name": "Ana", "language": "en"])
                    _ = try await phone.view("lobby")
                    // A join changes the list of players: the whole view follows within a tick.
                    let lobby = try await host.hostView()
                    #expect((lobby["players"] as? [[String: Any]])?.map { $0["name"] as? String } == ["Ana"])
                    await room.command(.next)
                    #expect(try await host.hostView()["screen"] as? String == "question")
                    _ = try await phone.view("question", question: 0)
                    try await phone.send(["type": "answer", "question": 0, "cell": cell])

                    let accepted = try await phone.next()
                    #expect(accepted["type"] as? String == "accepted")
                    #expect(accepted["question"] as? Int == 0)
                    #expect(accepted["answer"] as? String == cell)
                    #expect(accepted["points"] as? Int == points)
                    #expect((accepted["remaining"] as? Double ?? 0) > 50)
                    #expect(accepted["view"] == nil)

                    let progress = try #require(try await host.text())
                    #expect(progress == #"{"answered":1,"player":0,"players":1,"type":"progress"}"#)
                    // Nothing else while the question stays open: no whole view on the ticks after an answer.
                    #expect(try await host.text(timeout: .milliseconds(800)) == nil)

                    try await client.ws("/ws/host?key=\(S.key)") { inbound, outbound, _ in
                        let reloaded = TestSocket(inbound, outbound)
                        let view = try await reloaded.hostView()
                        #expect(view["screen"] as? String == "question")
                        #expect(view["answered"] as? Int == 1)
                        let players = view["players"] as? [[String: Any]]
                        #expect(players?.map { $0["answered"] as? Bool } == [true])
                        #expect(players?.map { $0["points"] as? Int } == [points])
                        try await reloaded.finish()
                    }
                    // The close is a change of stage: the whole view again, with the distribution.
                    await room.command(.close)
                    let closed = try await host.hostView()
                    #expect(closed["screen"] as? String == "closed")
                    #expect((closed["distribution"] as? [String: Any])?["answered"] as? Int == 1)
                    try await phone.finish()
                }
                try await host.finish()
            }
        }
    }
}

extension TestSocket {
    /// The next whole host view.
    fileprivate func hostView() async throws -> [String: Any] {
        try await next { $0["type"] as? String == "host" }["view"] as? [String: Any] ?? [:]
    }
}
