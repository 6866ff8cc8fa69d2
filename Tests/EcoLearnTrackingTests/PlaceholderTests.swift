import Testing
@testable import EcoLearnTracking

@Suite struct TrackingPlaceholderTests {
    @Test func moduleLinks() { #expect(Bool(true)) }
}
