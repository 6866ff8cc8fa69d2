import EcoLearn
import EcoLearnLive
import Testing

@testable import EcoLearnLiveServer

/// The results page in the host's language: its labels, the number of people without a noun to agree with it,
/// and percentages as the language writes them (decimal comma; `%33,3` in Turkish).
@Suite struct LiveResultsPageTests {
    /// A game in `language` ended after question 0, which Ana answered right and Ben and Cem wrong.
    private static func page(in language: String) throws -> String {
        let unit = LiveTestServer.unit
        let settings = LiveSettings(
            unitID: unit.id, unitVersion: unit.version, seed: 7, timer: nil, hostLanguage: language)
        var game = try LiveGame(unit: unit, settings: settings, at: 0)
        for name in ["Ana", "Ben", "Cem"] { _ = try game.join(name: name, language: "en", token: name, at: 0) }
        _ = try game.host(.next, at: 1)
        let presented = game.variant.questions[0]
        try #require(presented.question.kind == .match)
        let key = presented.answerKey(in: "en")
        // Every letter moved one place: no item gets its match.
        let wrong = String(key.dropFirst()) + String(key.prefix(1))
        _ = try game.answer(token: "Ana", question: 0, cell: key, at: 2)
        for name in ["Ben", "Cem"] { _ = try game.answer(token: name, question: 0, cell: wrong, at: 2) }
        _ = try game.host(.end, at: 3)
        return LivePages.results(game, key: LiveTestServer.key)
    }

    @Test func latvianSaysHowManyPeopleWithoutANounAndWritesPercentagesWithADecimalComma() throws {
        let html = try Self.page(in: "lv")
        #expect(html.contains("<p>Variants Y-7 · Dalībnieku skaits: 3</p>"))
        #expect(html.contains("<th scope=\"col\">Pareizo atbilžu daļa (vidēji)</th>"))
        #expect(html.contains("<td class=\"number\">33,3 %</td></tr>"))
        #expect(html.contains("<h2>Dalībnieki</h2>"))
        #expect(html.contains("<tr><td>Ana</td><td>en</td><td class=\"number\">1 / 1</td><td class=\"number\">100 %</td></tr>"))
        #expect(html.contains("<tr><td>Ben</td><td>en</td><td class=\"number\">0 / 1</td><td class=\"number\">0 %</td></tr>"))
    }

    @Test func turkishPutsThePercentSignFirst() throws {
        let html = try Self.page(in: "tr")
        #expect(html.contains("<p>Varyant Y-7 · Katılımcı sayısı: 3</p>"))
        #expect(html.contains("<td class=\"number\">%33,3</td></tr>"))
        #expect(html.contains("<h2>Katılımcılar</h2>"))
        #expect(html.contains("<tr><td>Ana</td><td>en</td><td class=\"number\">1 / 1</td><td class=\"number\">%100</td></tr>"))
    }

    @Test func englishNamesTheCountAndKeepsTheSpaceBeforeThePercentSign() throws {
        let html = try Self.page(in: "en")
        #expect(html.contains("<p>Variant Y-7 · People: 3</p>"))
        #expect(html.contains("<td class=\"number\">33.3 %</td></tr>"))
        #expect(html.contains("<h2>People</h2>"))
    }
}
