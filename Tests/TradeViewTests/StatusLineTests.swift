import SnapshotTesting
import Testing
import TradeModel
import TradeStore
@testable import TradeState
@testable import TradeView
import TradeTestSupport

/// The header and the tab row at 80 and 160 columns: what matters shows first and whole — the
/// total and the date, the time the data is as of, the count of held changes, who changed what
/// first and when, why a change was refused — and a message too long for its place shows whole
/// on the bottom lines.
@Suite(.serialized) struct StatusLineTests {
    let m = Fixture.shared
    static let sizes: [(Int, Int)] = [(80, 24), (160, 45)]

    func model(unshared: Int) throws -> DashboardModel {
        try DashboardModel(dataset: m.dataset, aggregates: m.aggregates, journalPath: "postgresql://127.0.0.1:5432/trade", journalEvents: 0,
                           warnings: [], today: Fixture.today, unshared: unshared)
    }

    /// The desk with the server down since 14.02 and one change held on this laptop.
    func offline(_ w: Int, _ h: Int, _ lang: Language) throws -> (AppState, DashboardModel) {
        let held = try model(unshared: 1)
        var s = Fixture.state(held, width: w, height: h, lang: lang)
        // 14.02 and 14.01 WIB (the fixture's zone), as UTC seconds.
        let t = (since: 1_796_022_120, good: 1_796_022_060)
        _ = Reducer.reduce(&s, .dataProblem(DataProblem(kind: .offline(since: t.since), lastGood: t.good)), held)
        _ = Reducer.reduce(&s, .heldLocally([], .change, waiting: 1), held)
        return (s, held)
    }

    @Test(arguments: [Language.id, .en])
    func theDeskOfflineWithAChangeHeld(lang: Language) throws {
        for (w, h) in Self.sizes {
            let (s, held) = try offline(w, h, lang)
            let lines = FrameView.render(s, held).lines()
            #expect(lines[0].contains(lang == .id ? "14.01" : "14:01"), "the time of the data shows at \(w): \(lines[0])")
            #expect(lines[1].contains(lang == .id ? "1 belum dibagikan" : "1 unshared") || lines[1].contains("(1)"), "the count shows at \(w): \(lines[1])")
            assertSnapshot(of: FrameView.render(s, held), as: .screen, named: "\(w)x\(h)-\(lang.rawValue)")
        }
    }

    /// Once the message fades, the marker of held changes stays, with its count.
    @Test func theHeldMarkerKeepsItsCountAt80() throws {
        for lang in [Language.id, .en] {
            var (s, held) = try offline(80, 24, lang)
            _ = Reducer.reduce(&s, .statusExpired, held)
            let tabRow = FrameView.render(s, held).lines()[1]
            #expect(tabRow.contains(lang == .id ? "⚠ 1 belum dibagikan" : "⚠ 1 not yet shared"), "\(tabRow)")
        }
    }

    @Test(arguments: [Language.id, .en])
    func aReadOnlyRoleRefusesAChange(lang: Language) throws {
        let why = lang == .id
            ? "jurnal di postgresql://127.0.0.1:5432/trade tidak boleh ditulis dengan peran basis data ini (hanya-baca): ERROR:  permission denied for table trade_journal; tidak ada yang tercatat"
            : "the journal at postgresql://127.0.0.1:5432/trade may not be written with this database role (read-only): ERROR:  permission denied for table trade_journal; nothing was recorded"
        let brief = lang == .id ? "peran hanya-baca" : "read-only role"
        for (w, h) in Self.sizes {
            var s = Fixture.state(width: w, height: h, lang: lang)
            _ = Reducer.reduce(&s, .recordFailed(why, brief: brief), m)
            let lines = FrameView.render(s, m).lines()
            #expect(lines[1].contains(brief), "the reason on the tab row at \(w): \(lines[1])")
            #expect(lines[h - 2].contains(lang == .id ? "Tidak tersimpan: jurnal di postgresql" : "Not saved: the journal at postgresql"))
            assertSnapshot(of: FrameView.render(s, m), as: .screen, named: "\(w)x\(h)-\(lang.rawValue)")
        }
    }

    @Test(arguments: [Language.id, .en])
    func quittingWithAChangeHeldAsks(lang: Language) throws {
        let held = try model(unshared: 2)
        for (w, h) in Self.sizes {
            var s = Fixture.state(held, width: w, height: h, lang: lang)
            s.press(.char("q"), model: held)
            let lines = FrameView.render(s, held).lines()
            #expect(lines[h - 1].contains(lang == .id ? "y ya, keluar" : "y yes, quit"))
            #expect(lines.joined().contains("Keluar? y/n") || lines.joined().contains("Quit? y/n"))
            assertSnapshot(of: FrameView.render(s, held), as: .screen, named: "\(w)x\(h)-\(lang.rawValue)")
        }
    }

    /// Another desk changed the item first: at 80 columns the line above the hints says who, when
    /// and what (in fewer words where the long form would be cut: an English status, a long owner)
    /// and the question stays; at 160 the tab row says it in full.
    @Test(arguments: [Language.id, .en])
    func aConflictAt80SaysWhoWhenAndWhat(lang: Language) throws {
        let owner = "Diskominfosan Maluku Utara (Iksan Arsad) bersama Diskominfo Jatim"
        let status = lang == .id ? "status → berjalan" : "status → in progress"
        let cases: [(JournalEvent.Body, String, String)] = [
            (.actionStatusSet(actionId: "act-cyber-hoax", status: .inProgress, previous: .open), status, status),
            (.actionOwnerSet(actionId: "act-cyber-hoax", owner: owner, previous: nil), lang == .id ? "PJ → Diskominfosan Maluku" : "owner → Diskominfosan Maluku",
             (lang == .id ? "penanggung jawab → " : "owner → ") + owner),
        ]
        let when = lang == .id ? " 23 Nov 2026 14.02 WIB: " : " 23 Nov 2026 14:02 WIB: "
        for (i, (theirs, what, wholeWhat)) in cases.enumerated() {
            let (mine, later) = try Fixture.conflictOnCyberHoax(theirs: theirs)
            var s = Fixture.state(later, lang: lang)
            _ = Reducer.reduce(&s, .recorded([mine], .change), later)
            let lines = FrameView.render(s, later).lines()
            // The tab row: who, the time of day and what first (the line above the hints has it whole).
            #expect(lines[1].contains("⚠ budi" + (lang == .id ? " 14.02 WIB: " : " 14:02 WIB: ") + what.prefix(8)), "\(lines[1])")
            #expect(lines[22].contains(lang == .id ? "Belum diterapkan: a = terapkan tetap" : "Not applied: a = apply mine anyway"), "\(lines[22])")
            #expect(lines[23].contains("budi") && lines[23].contains(when + what), "\(lines[23])")
            assertSnapshot(of: FrameView.render(s, later), as: .screen, named: "80x24-\(lang.rawValue)-\(i)")
            // Wide, the long form whole (on the tab row, or beneath the question).
            var wide = Fixture.state(later, width: 160, height: 45, lang: lang)
            _ = Reducer.reduce(&wide, .recorded([mine], .change), later)
            let long = (lang == .id ? "⚠ Diubah orang lain lebih dulu: budi" : "⚠ Changed by someone else first: budi") + when + wholeWhat
            #expect(FrameView.render(wide, later).lines().contains { $0.contains(long) }, "\(long)")
            // Esc keeps theirs, and says so whole on one line.
            _ = Reducer.reduce(&s, .key(.escape), later)
            #expect(FrameView.render(s, later).lines()[23].contains(lang == .id ? "Perubahan Anda tetap di jurnal tanpa diterapkan; perubahan mereka berlaku"
                                                                                   : "Your change stays in the journal, not applied; theirs stands"))
        }
    }

    @Test func waitingForTheJournalKeepsItsSecondsAt80() {
        for lang in [Language.id, .en] {
            var s = Fixture.state(lang: lang)
            _ = Reducer.reduce(&s, .journalWait(seconds: 12), m)
            let tabRow = FrameView.render(s, m).lines()[1]
            #expect(tabRow.contains(lang == .id ? "⏳ belum tersimpan (12 dtk)" : "⏳ not saved yet (12 s)"), "\(tabRow)")
        }
    }

    /// `y` at the question while a change waits: the question gives way to what happens now, and
    /// the hint bar to the one key that still acts.
    @Test func afterYesTheScreenSaysItSavesThenQuits() {
        for lang in [Language.id, .en] {
            var s = Fixture.state(lang: lang)
            _ = Reducer.reduce(&s, .journalWait(seconds: 3), m)
            s.press(.char("q"), .char("y"))
            let lines = FrameView.render(s, m).lines()
            #expect(!lines.joined().contains("y/n"))
            #expect(lines[22].contains(lang == .id ? "Menyimpan… lalu keluar (Ctrl-C: keluar tanpa menunggu)" : "Saving, then quitting… (Ctrl-C: quit without waiting)"), "\(lines[22])")
            #expect(lines[23].hasPrefix(lang == .id ? " ^C keluar tanpa menunggu" : " ^C quit without waiting"), "\(lines[23])")
        }
    }

    /// At 80 columns the header keeps the total with the letters of intent apart (issue #11) and,
    /// where there are none, the date; the title is cut with "…" and never runs into the clock;
    /// at 160 all of it shows.
    @Test func theHeaderKeepsTheTotalAndTheDate() throws {
        for lang in [Language.id, .en] {
            let narrow = FrameView.render(Fixture.state(lang: lang), m).lines()[0]
            #expect(narrow.contains("Σ") && narrow.contains(lang == .id ? "bukan transaksi" : "not transactions"), "\(narrow)")
            let wide = FrameView.render(Fixture.state(width: 160, height: 45, lang: lang), m).lines()[0]
            #expect(wide.contains(lang == .id ? "Sen 23 Nov 2026 08.00 WIB" : "Mon 23 Nov 2026 08:00 WIB"))
            #expect(wide.contains(lang == .id ? "Jawa Timur" : "East Java"), "\(wide)")
        }
        // A title too long for its room is cut with "…" two columns before the clock.
        let long = String(repeating: "Judul ", count: 20)
        let plan = FrameView.headerPlan(width: 100, start: 10, totals: ([], ["Σ 18 misi Rp14,22 triliun (bukan angka resmi)", "Σ 18 misi Rp14,22 T bukan resmi"]),
                                        problem: nil, clocks: FrameView.clockForms("Sen 23 Nov 2026 08.00 WIB"), title: long)
        #expect(plan == FrameView.HeaderPlan(total: "Σ 18 misi Rp14,22 triliun (bukan angka resmi)", problem: nil, clock: "Sen 23 Nov 2026 08.00 WIB"))
        let titled = try Fixture.model { $0.title = long }
        let line = FrameView.render(Fixture.state(titled, width: 120, height: 30), titled).lines()[0]
        #expect(line.contains("…  Sen 23 Nov 2026 08.00 WIB") && line.contains("│ Judul Judul"), "\(line)")
        // A data set without letters of intent (the trial's): at 80 the total and the date, no title squeezed between.
        let plain = try Fixture.model { ds in ds.deals.removeAll { $0.kind == .letterOfIntent } }
        let narrow = FrameView.render(Fixture.state(plain), plain).lines()[0]
        #expect(narrow.hasPrefix(" trade-tui │ Σ ") && narrow.hasSuffix("  Sen 23 Nov 2026 08.00 WIB "), "\(narrow)")
    }

    /// English writes the desk's figures the English way: commas group, points are decimals, and
    /// the scale is a word (`Rp3.296 T` read as three thousand).
    @Test func englishFiguresOnTheDesk() {
        let lines = FrameView.render(Fixture.state(width: 160, height: 45, lang: .en), m).lines().joined(separator: "\n")
        #expect(lines.contains("Rp361,700,000,000") && !lines.contains("Rp361.700.000.000"))
        #expect(lines.contains("Rp14.22 trillion") && lines.contains("Rp3.296 trillion") && !lines.contains("Rp3.296 T"))
        let id = FrameView.render(Fixture.state(width: 160, height: 45, lang: .id), m).lines().joined(separator: "\n")
        #expect(id.contains("Rp361.700.000.000") && id.contains("Rp14,22 T"))
    }
}
