import EcoLearnLive
import Testing

/// The language a phone's browser asks for, among the quiz's languages.
@Suite struct AcceptLanguageTests {
    private let offered = ["en", "lv", "tr"]

    @Test(arguments: [
        ("lv-LV,lv;q=0.9,en-US;q=0.8,en;q=0.7", "lv"),
        ("tr-TR,tr;q=0.9", "tr"),
        ("en-GB", "en"),
        ("ru-RU,ru;q=0.9,lv;q=0.8,en;q=0.5", "lv"),
        ("en;q=0.4, TR;q=0.6", "tr"),
        ("lv, en", "lv"),
        ("de, *;q=0.1", "en"),
        ("*, en;q=0", "lv"),
        ("lv;q=abc, en;q=0.9", "lv"),
        ("lvx, tr", "tr"),
    ])
    func theHighestRankedOfferedLanguageWins(header: String, expected: String) {
        #expect(AcceptLanguage.preferred(header, among: offered) == expected)
    }

    @Test(arguments: [nil, "", "de-DE,de;q=0.9", "lv;q=0, tr;q=0", ",,;;q=", "*;q=0"] as [String?])
    func noOfferedLanguageAcceptedIsNil(header: String?) {
        #expect(AcceptLanguage.preferred(header, among: offered) == nil)
    }
}
