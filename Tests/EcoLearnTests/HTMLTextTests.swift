import Testing
@testable import EcoLearn

/// The escape of every page ecolearn writes.
@Suite struct HTMLTextTests {
    @Test func theFiveCharactersBecomeEntities() {
        #expect(HTMLText.escape("<a href='x'>\"Tom\" & Jerry</a>") == "&lt;a href=&#39;x&#39;&gt;&quot;Tom&quot; &amp; Jerry&lt;/a&gt;")
        #expect(HTMLText.escape("Daugavpils, Suluova ve Amasya: atık ğüşıöç İ ā č ē") == "Daugavpils, Suluova ve Amasya: atık ğüşıöç İ ā č ē")
    }

    @Test func aQuoteOrBracketFollowedByACombiningMarkIsEscapedToo() {
        // Each is one Character with its mark, but a browser reads the quote or bracket on its own.
        #expect(HTMLText.escape("x\"\u{301} onerror=alert(1)") == "x&quot;\u{301} onerror=alert(1)")
        #expect(HTMLText.escape("'\u{308}<\u{338}script>&\u{301}") == "&#39;\u{308}&lt;\u{338}script&gt;&amp;\u{301}")
    }
}
