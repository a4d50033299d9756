import Testing
import TradeModel

/// `Identifier`, the one check every entry makes on ids.
@Suite struct IdentifierTests {
    @Test func identifiersRefuseEveryControlCharacter() {
        for bad in ["a\u{1B}]0;x\u{7}", "a\tb", "a\nb", "a\rb", "\u{202E}a", "a\u{2028}", "a\u{9B}", "a\u{7F}"] {
            #expect(!Identifier.isSafe(bad), "\(Sanitizer.line(bad))")
        }
        for good in ["m2025-kaltim", "d2025-ntb.1_x", "大阪府", "café"] { #expect(Identifier.isSafe(good)) }
    }
}
