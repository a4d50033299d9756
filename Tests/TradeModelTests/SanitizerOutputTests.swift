import Testing
import TradeModel

/// `Sanitizer.output`, the one way out for bytes.
@Suite struct SanitizerOutputTests {
    @Test func keepsNewlinesAndTabsAndReplacesEveryOtherUnsafeCharacter() {
        let hostile = "a\tb\n\u{1B}]52;c;aGk=\u{7}\r\u{9B}31m\u{7F}\u{0}\u{2028}\u{202E}\u{2067}\u{200F}\u{61C}é\n"
        #expect(Sanitizer.output(hostile) == "a\tb\n\u{FFFD}]52;c;aGk=\u{FFFD}\u{FFFD}\u{FFFD}31m\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}é\n")
    }

    @Test func normalTextComesBackByteForByte() {
        let csv = "id,title\nd1,\"Misi Dagang Jatim–NTB 2025\nbaris dua\"\t大阪府 · Rp1.053.146.943.500 ✓\n"
        #expect(Array(Sanitizer.output(csv).utf8) == Array(csv.utf8))
        #expect(Sanitizer.output("") == "")
    }

    /// The byte scan must flag exactly what `isUnsafe` flags (less `\n` and `\t`), for every
    /// scalar of the basic plane and a few beyond it; a mistyped byte range would let one through.
    @Test func byteScanAgreesWithIsUnsafe() {
        var mismatches: [Int] = []
        for v in Array(0...0xFFFF) + [0x1_F600, 0x1_0000, 0x10_FFFF, 0xE_0001] {
            guard let u = Unicode.Scalar(UInt32(v)) else { continue }
            let expected = Sanitizer.isUnsafe(u) && u != "\n" && u != "\t"
            let s = "x" + String(Character(u)) + "y"
            if Sanitizer.output(s) != (expected ? "x\u{FFFD}y" : s) { mismatches.append(v) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20).map { String($0, radix: 16) })")
    }

    @Test func multiByteScalarsAtTheVeryEndAreChecked() {
        #expect(Sanitizer.output("x\u{2000}") == "x\u{2000}")
        #expect(Sanitizer.output("\u{2029}") == "\u{FFFD}")
        #expect(Sanitizer.output("\u{85}") == "\u{FFFD}")
    }
}
