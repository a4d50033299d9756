import Testing
@testable import TradeModel
import TradeStore
import TradeTestSupport

@Suite struct FormattingTests {
    @Test(arguments: [
        (Int64(1_053_146_943_500), "Rp1.053.146.943.500"),
        (568_042_498_000, "Rp568.042.498.000"),
        (0, "Rp0"),
        (100_000, "Rp100.000"),
        (999, "Rp999"),
        (-25_000, "-Rp25.000"),
        (Int64.max, "Rp9.223.372.036.854.775.807"),
        (Int64.min, "-Rp9.223.372.036.854.775.808"),
    ])
    func exactRupiah(value: Int64, text: String) {
        #expect(Rupiah.exact(value, .id) == text)
    }

    @Test(arguments: [
        (Int64(1_053_146_943_500), "Rp1,05 triliun", "Rp1.05 trillion"),
        (666_000_000_000, "Rp666 miliar", "Rp666 billion"),
        (503_470_000_000, "Rp503,47 miliar", "Rp503.47 billion"),
        (568_042_498_000, "Rp568,04 miliar", "Rp568.04 billion"),
        (2_100_000_000_000, "Rp2,1 triliun", "Rp2.1 trillion"),
        (999_996_000_000, "Rp1 triliun", "Rp1 trillion"),
        (1_005_000, "Rp1,01 juta", "Rp1.01 million"),
        (943_500, "Rp943.500", "Rp943,500"),
        (27_350_000_000_000, "Rp27,35 triliun", "Rp27.35 trillion"),
        (1_234_000_000_000_000, "Rp1.234 triliun", "Rp1,234 trillion"),
        (-1_500_000_000, "-Rp1,5 miliar", "-Rp1.5 billion"),
        (Int64.max, "Rp9.223.372,04 triliun", "Rp9,223,372.04 trillion"),
    ])
    func shortRupiah(value: Int64, id: String, en: String) {
        #expect(Rupiah.short(value, .id) == id)
        #expect(Rupiah.short(value, .en) == en)
    }

    /// A figure published with three decimals keeps them (the LoI's Rp3,296 triliun is not Rp3,3).
    @Test(arguments: [
        (Int64(3_296_000_000_000), "Rp3,296 triliun", "Rp3.296 trillion"),
        (1_053_146_943_500, "Rp1,053 triliun", "Rp1.053 trillion"),
        (224_094_000_000, "Rp224,094 miliar", "Rp224.094 billion"),
        (1_500_000_000_000, "Rp1,5 triliun", "Rp1.5 trillion"),
        (999_999_600_000, "Rp1 triliun", "Rp1 trillion"),
        (81_900_000, "Rp81,9 juta", "Rp81.9 million"),
        (-3_296_000_000_000, "-Rp3,296 triliun", "-Rp3.296 trillion"),
    ])
    func shortFormsAtThreePlaces(value: Int64, id: String, en: String) {
        #expect(Rupiah.short(value, .id, places: 3) == id)
        #expect(Rupiah.short(value, .en, places: 3) == en)
    }

    /// Periods are written for people, not as ISO strings, in both languages.
    @Test(arguments: [
        ("2025-01/2025-07", "Jan–Jul 2025", "Jan–Jul 2025"),
        ("2024-09-22", "22 Sep 2024", "22 Sep 2024"),
        ("2019/2025-09", "2019–Sep 2025", "2019–Sep 2025"),
        ("2022/2023", "2022–2023", "2022–2023"),
        ("2025-03", "Mar 2025", "Mar 2025"),
        ("2025-05", "Mei 2025", "May 2025"),
        ("2024-12-30/2025-01-02", "30 Des 2024–2 Jan 2025", "30 Dec 2024–2 Jan 2025"),
        ("2025-05-01/2025-05-08", "1–8 Mei 2025", "1–8 May 2025"),
        ("2025", "2025", "2025"),
        ("Q1 2025", "Q1 2025", "Q1 2025"),
        ("2025/2024/2023", "2025/2024/2023", "2025/2024/2023"),
    ])
    func periodsAreWrittenForPeople(stored: String, id: String, en: String) {
        #expect(DateText.period(stored, .id) == id)
        #expect(DateText.period(stored, .en) == en)
    }

    @Test func percentOfTarget() {
        #expect(Rupiah.percent(1_053_146_943_500, of: 650_000_000_000) == "162,0%")
        #expect(Rupiah.percent(1_053_146_943_500, of: 650_000_000_000, .en) == "162.0%")
        #expect(Rupiah.percent(0, of: 500_000_000_000) == "0,0%")
        #expect(Rupiah.percent(1, of: 0) == nil)
        #expect(Rupiah.percent(Int64.max, of: 1) == "922337203685477580700,0%", "no overflow on the largest amount")
    }

    @Test func datesInBothLanguages() throws {
        let d = try #require(PartialDate(parsing: "2025-05-08"))
        #expect(DateText.long(d) == "Kamis, 8 Mei 2025")
        #expect(DateText.long(d, .en) == "Thursday, 8 May 2025")
        #expect(DateText.long(try #require(PartialDate(parsing: "2025-03-12"))) == "Rabu, 12 Maret 2025")
        #expect(DateText.long(try #require(PartialDate(parsing: "2025-06-14"))) == "Sabtu, 14 Juni 2025")
        #expect(DateText.long(try #require(PartialDate(parsing: "2025-12-08"))) == "Senin, 8 Desember 2025")
        #expect(DateText.long(try #require(PartialDate(parsing: "2021"))) == "2021")
        #expect(DateText.medium(try #require(PartialDate(parsing: "1984-08")), .en) == "Aug 1984")
        #expect(DateText.time(try #require(LocalTime(parsing: "17:00")), .WITA) == "17.00 WITA")
        #expect(DateText.time(try #require(LocalTime(parsing: "13:45")), .WIT, .en) == "13:45 WIT")
    }

    @Test(arguments: ["2025-02-29", "2025-13-01", "2025-04-31", "25-01-01", "2025-1-01", "2025/01/01", "", "2024-02-30"])
    func rejectsDatesThatDoNotExist(text: String) {
        #expect(PartialDate(parsing: text) == nil)
    }

    @Test func acceptsLeapDayAndPartialDates() {
        #expect(PartialDate(parsing: "2024-02-29") != nil)
        #expect(PartialDate(parsing: "2000-02-29") != nil)
        #expect(PartialDate(parsing: "1900-02-29") == nil)
        #expect(PartialDate(parsing: "2025-06") != nil)
        #expect(LocalTime(parsing: "24:00") == nil)
        #expect(LocalTime(parsing: "12.00") == nil)
    }

    @Test func sanitiserReplacesEveryControlAndBidiCharacter() {
        let hostile = "ok\u{1B}[2Jx\r\n\u{7}\u{9B}31m\u{202E}evil\u{2066}"
        let clean = Sanitizer.line(hostile)
        #expect(!clean.unicodeScalars.contains { Sanitizer.isUnsafe($0) })
        #expect(clean == "ok\u{FFFD}[2Jx\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}31m\u{FFFD}evil\u{FFFD}")
        #expect(Sanitizer.line("大阪府 é") == "大阪府 é")
    }

    @Test func jsonAndCSVOutputAreSanitised() {
        #expect(JSONWriter.quoted("a\u{1B}\"b\\") == "\"a\u{FFFD}\\\"b\\\\\"")
        #expect(CSVField.escape("a,b") == "\"a,b\"")
        #expect(CSVField.escape("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVField.escape("=cmd()") == "'=cmd()")
        #expect(CSVField.escape("x\u{1B}y") == "x\u{FFFD}y")
    }
}
