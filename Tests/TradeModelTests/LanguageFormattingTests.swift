import Testing
@testable import TradeModel
import TradeStore
import TradeTestSupport

/// Quantities, journal times and labels as an Indonesian official writes them, and in English.
@Suite struct LanguageFormattingTests {
    @Test(arguments: [
        ("2400000", "2.400.000", "2,400,000"),
        ("1500", "1.500", "1,500"),
        ("360", "360", "360"),
        ("0", "0", "0"),
        ("2.5", "2,5", "2.5"),
        ("1250.75", "1.250,75", "1,250.75"),
        ("0.125", "0,125", "0.125"),
        ("1e3", "1.000", "1,000"),
        ("2.5E+6", "2.500.000", "2,500,000"),
        ("2.5e-1", "0,25", "0.25"),
        ("123456789012345678901234567890", "123.456.789.012.345.678.901.234.567.890", "123,456,789,012,345,678,901,234,567,890"),
    ])
    func quantitiesAreGroupedTheLanguagesWay(stored: String, id: String, en: String) {
        #expect(QuantityText.shown(stored, .id) == id)
        #expect(QuantityText.shown(stored, .en) == en)
    }

    @Test func textThatIsNotAPlainNumberIsShownAsItIs() {
        for s in ["", "-5", "abc", "1.2.3", "1e999", "1.", ".5", "1e"] { #expect(QuantityText.shown(s, .id) == s, "\(s)") }
    }

    @Test func zonesAreNamedTheIndonesianWay() {
        #expect(LocalZone.wib.abbreviation == "WIB" && LocalZone(offsetMinutes: 420) == .wib)
        #expect(LocalZone.wita.abbreviation == "WITA" && LocalZone.wit.abbreviation == "WIT")
        #expect(LocalZone.utc.abbreviation == "UTC", "UTC by its name, as the header clock writes it")
        #expect(LocalZone(offsetMinutes: 330).abbreviation == "UTC+05:30")
        #expect(LocalZone(offsetMinutes: -210).abbreviation == "UTC-03:30")
    }

    /// One name for the zone everywhere (the header clock takes the same): WIB, WITA, WIT, else the
    /// OS's short name where it has one, an offset only where tzdata gives none (`+03`).
    @Test func aZoneIsNamedAsTheMachineNamesIt() {
        #expect(LocalZone(offsetMinutes: 0, name: "UTC").abbreviation == "UTC")
        #expect(LocalZone(offsetMinutes: 60, name: "CET").abbreviation == "CET")
        #expect(LocalZone(offsetMinutes: 480, name: "CST").abbreviation == "WITA", "Indonesia's names for its three offsets")
        #expect(LocalZone(offsetMinutes: 420, name: "WIB").abbreviation == "WIB")
        #expect(LocalZone(offsetMinutes: 180, name: "+03").abbreviation == "UTC+03:00")
        #expect(LocalZone(offsetMinutes: 420, name: "+07").abbreviation == "WIB")
        #expect(DateText.eventTime("2026-11-30T11:16:00Z", LocalZone(offsetMinutes: 0, name: "UTC"), .id) == "30 Nov 2026 11.16 UTC")
    }

    @Test(arguments: [
        ("2026-11-30T07:05:00Z", LocalZone.wib, "30 Nov 2026 14.05 WIB", "30 Nov 2026 14:05 WIB"),
        ("2026-11-30T07:05Z", LocalZone.wib, "30 Nov 2026 14.05 WIB", "30 Nov 2026 14:05 WIB"),
        ("2026-11-30T07:05:59.999Z", LocalZone.wib, "30 Nov 2026 14.05 WIB", "30 Nov 2026 14:05 WIB"),
        ("2025-05-08T09:00:00Z", LocalZone.wita, "8 Mei 2025 17.00 WITA", "8 May 2025 17:00 WITA"),
        ("2025-12-31T15:00:00Z", LocalZone.wit, "1 Jan 2026 00.00 WIT", "1 Jan 2026 00:00 WIT"),
        ("2024-03-01T02:00:00Z", LocalZone(offsetMinutes: -180), "29 Feb 2024 23.00 UTC-03:00", "29 Feb 2024 23:00 UTC-03:00"),
        ("2026-08-17T00:00:00Z", LocalZone.utc, "17 Agu 2026 00.00 UTC", "17 Aug 2026 00:00 UTC"),
    ])
    func journalTimesAreShownInTheLocalZone(iso: String, zone: LocalZone, id: String, en: String) {
        #expect(DateText.eventTime(iso, zone, .id) == id)
        #expect(DateText.eventTime(iso, zone, .en) == en)
    }

    /// English writes numbers the English way throughout: a comma groups, a point is a decimal
    /// point, a time of day has a colon. Indonesian is as it always was.
    @Test func englishNumbersAreWrittenTheEnglishWay() {
        #expect(Rupiah.exact(361_700_000_000, .en) == "Rp361,700,000,000")
        #expect(Rupiah.exact(361_700_000_000, .id) == "Rp361.700.000.000")
        #expect(Rupiah.exact(361_700_000_000, .id) == "Rp361.700.000.000")
        #expect(Rupiah.exact(-25_000, .en) == "-Rp25,000")
        #expect(Rupiah.short(14_224_000_000_000, .en) == "Rp14.22 trillion")
        #expect(Rupiah.short(14_224_000_000_000, .id) == "Rp14,22 triliun")
        #expect(Rupiah.short(3_296_000_000_000, .en, places: 3) == "Rp3.296 trillion")
        #expect(Rupiah.short(1_234_000_000_000_000, .en) == "Rp1,234 trillion")
        #expect(Rupiah.short(950_000, .en) == "Rp950,000" && Rupiah.short(950_000, .id) == "Rp950.000")
        #expect(Rupiah.percent(1_053_146_943_500, of: 650_000_000_000, .en) == "162.0%")
        #expect(QuantityText.shown("2400000", .en) == "2,400,000")
        let valued = Fixture.shared.dataset.indicators.filter { $0.valueRupiah != nil }
        #expect(!valued.isEmpty)
        for i in valued { #expect(i.figure(.en).contains(Rupiah.exact(i.valueRupiah!, .en)), "\(i.id): \(i.figure(.en))") }
    }

    @Test func timesInADataTextFollowTheLanguage() {
        #expect(DateText.clockTimes("08.00–17.00 WITA", .en) == "08:00–17:00 WITA")
        #expect(DateText.clockTimes("08.00–17.00 WITA", .id) == "08.00–17.00 WITA")
        #expect(DateText.clockTimes("pukul 9.30 dan 19.45", .en) == "pukul 9.30 dan 19:45")
        // Not times: a longer number, an hour past 23, minutes past 59, a grouped figure.
        for s in ["Rp12.500.000", "24.00", "10.75", "3.296 ton", "1.250,50", "12.345"] {
            #expect(DateText.clockTimes(s, .en) == s, "\(s)")
        }
    }

    @Test func aTimeThatCannotBeReadIsShownAsGiven() {
        for s in ["", "yesterday", "2026-11-30 07:05:00", "2026-02-30T07:05:00Z", "2026-11-30T25:05:00Z", "2026-11-30T07:05:00+07:00"] {
            #expect(DateText.eventTime(s, .wib) == s, "\(s)")
        }
    }

    @Test func civilDatesRoundTrip() {
        for days in [-719468, -1, 0, 1, 10957, 20_000, 60_000] {
            let (y, m, d) = DateText.civil(fromDays: days)
            #expect(PartialDate.daysFromCivil(y, m, d) == days)
        }
    }

    @Test func labelsUseTheWordsOfficialsUse() {
        #expect(Labels.direction(.unspecified, .id) == "Arah tidak disebut")
        #expect(Labels.direction(.unspecified, .en) == "Unspecified")
        #expect(Labels.role(.alternativeFinal, .id) == "angka akhir versi lain")
        #expect(Labels.role(.alternativeFinal, .en) == "other final")
    }

    /// The longer Indonesian labels keep the report's columns aligned.
    @Test func theSummaryKeepsItsColumnsWithLongerLabels() throws {
        let m = Fixture.shared
        let text = try SummaryReport.text(m.dataset, m.aggregates, .id)
        let directions = text.split(separator: "\n").prefix(6).dropFirst(2)
        #expect(directions.count == 4 && directions.contains { $0.hasPrefix("  Arah tidak disebut ") })
        #expect(Set(directions.map { $0.count }).count == 1, "the amounts end in one column: \(directions)")
        // Rows with a clock time (a row whose time is a source's note is as long as the note).
        let roles = text.split(separator: "\n").filter { ($0.contains(" angka akhir versi lain ") || $0.contains(" sementara ")) && $0.contains(" WI") }
        #expect(!roles.isEmpty)
        #expect(Set(roles.map { line in line.range(of: "  [").map { line.distance(from: line.startIndex, to: $0.lowerBound) } ?? 0 }).count == 1, "\(roles)")
    }

    /// Notes in the follow-up report carry their time in the reader's zone, not the journal's UTC.
    @Test func theChecklistReportShowsNoteTimesInTheLocalZone() throws {
        var ds = Fixture.shared.dataset
        ds.actionHistory["act-cyber-hoax"] = [ActionChange(eventId: "e1", at: "2026-11-30T07:05:00Z", user: "ana",
                                                           body: .actionNoteAdded(actionId: "act-cyber-hoax", note: "terpasang"), undoes: nil)]
        let id = ChecklistReport.document(ds, today: Fixture.today, lang: .id, markdown: true, zone: .wib)
        #expect(id.contains("  - 30 Nov 2026 14.05 WIB ana: terpasang"), "\(id)")
        let en = ChecklistReport.document(ds, today: Fixture.today, lang: .en, markdown: false, zone: .wita)
        #expect(en.contains("30 Nov 2026 15:05 WITA ana: terpasang"))
        #expect(ChecklistReport.json(ds, today: Fixture.today).contains("2026-11-30T07:05:00Z"), "JSON keeps the journal's time")
        #expect(ChecklistReport.csv(ds, today: Fixture.today).contains("2026-11-30T07:05:00Z"))
    }

    /// Every fixture amount in words: English says "point" and English scale words, never "koma"
    /// or an Indonesian scale word; Indonesian the other way round.
    @Test func amountsInWordsUseTheLanguagesDecimalWord() throws {
        let values = Fixture.shared.dataset.deals.map(\.valueRupiah) + [1_050_000_000_000, 1_250_000_000, 64_500_000_000, 598_953_000_000]
        for v in values {
            let en = RupiahInput.words(v, .en), id = RupiahInput.words(v, .id)
            for word in ["koma", "miliar", "triliun", "juta", "ribu"] { #expect(!en.split(separator: " ").contains(Substring(word)), "\(v): \(en)") }
            for word in ["point", "billion", "trillion", "million", "thousand"] { #expect(!id.split(separator: " ").contains(Substring(word)), "\(v): \(id)") }
        }
        #expect(RupiahInput.words(1_050_000_000_000, .en) == "one point zero five trillion rupiah")
        #expect(RupiahInput.words(1_050_000_000_000, .id) == "satu koma nol lima triliun rupiah")
    }
}
