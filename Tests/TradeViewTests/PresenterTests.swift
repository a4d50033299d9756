import SnapshotTesting
import Testing
import TradeModel
import TradeStore
@testable import TradeState
@testable import TradeView
import TradeTestSupport

@Suite(.serialized) struct PresenterTests {
    let m = Fixture.shared

    /// 2026-11-23 08:15:00 UTC: 15.15 WIB (UTC+7), 16.15 WITA (UTC+8), 17.15 WIT (UTC+9).
    static let utc = 1_795_421_700

    func presenter(_ mission: String? = nil, width: Int = 160, height: Int = 45, lang: Language = .id, model: DashboardModel = Fixture.shared,
                   utc: Int = PresenterTests.utc) -> AppState {
        var s = Fixture.state(model, width: width, height: height, lang: lang)
        s.presenter = PresenterState(mission: mission, exitsProgram: true, rotateSeconds: nil, model: model)
        #expect(Reducer.reduce(&s, .presenterTick(now: 100, utc: utc), model).isEmpty)
        return s
    }

    @Test func bigDigitsFillAThirdOfAProjectorAndTheExactFigureIsBeneath() throws {
        let s = presenter("m2025-kaltim")
        let buf = FrameView.render(s, m)
        let lines = buf.lines()
        let bigRows = lines.filter { $0.contains("███") }.count
        #expect(bigRows >= 15, "big digits take at least a third of 45 rows, got \(bigRows)")
        #expect(lines.contains { $0.contains("TOTAL  Rp1.053.146.943.500") })
        let lastBig = try #require(lines.lastIndex { $0.contains("▀▀▀") })
        let next = try #require(lines[(lastBig + 1)...].first { !$0.trimmingSpaces.isEmpty })
        #expect(next.contains("TOTAL  Rp1.053.146.943.500"), "the exact figure is the first thing beneath the digits")
        #expect(lines[0].contains("16.15 WITA"), "local time in the mission's zone")
        #expect(lines[1].contains("target Rp650 miliar: 162,0% ✓"))
    }

    /// The wall's grand total is `summary`'s transaction total and mission count; the Malaysia
    /// letter of intent is shown apart, never inside it.
    @Test func grandTotalIsSummarysTotal() throws {
        let s = presenter()
        let text = FrameView.render(s, m).lines().joined(separator: "\n")
        // What `summary` writes as `transactionsRupiah` and `scope.missions`.
        let scope = try TotalsScope.compute(m.dataset, m.aggregates)
        let transactions = try TotalsScope.transactions(m.aggregates.totalValueRupiah, scope.all.letterOfIntentRupiah)
        #expect(transactions != m.aggregates.totalValueRupiah, "the fixtures hold a letter of intent")
        #expect(text.contains("TOTAL  " + Rupiah.exact(transactions, .id)) && !text.contains(Rupiah.exact(m.aggregates.totalValueRupiah, .id)), "\(text)")
        let n = scope.all.missions
        #expect(text.contains("\(n) misi dalam data ini, bukan angka resmi"))
        #expect(text.contains("+ Surat pernyataan minat (LoI) Rp3,296 triliun: bukan transaksi, di luar total ini"), "\(text)")
        #expect(text.split(separator: "\n").first?.hasSuffix(" 15.15 WIB ") == true, "the organiser's zone, top right")
    }

    /// The clock on row 0 is the tick's UTC time in the zone of what is shown, worked out here by
    /// hand from the UTC seconds, not by the code under test.
    @Test(arguments: [
        (nil, PresenterTests.utc, "15.15 WIB"),
        ("m2025-kaltim", PresenterTests.utc, "16.15 WITA"),
        ("m2025-malut", PresenterTests.utc, "17.15 WIT"),
        // 2026-11-23 20:30 UTC is already the 24th in Ternate.
        ("m2025-malut", PresenterTests.utc + 12 * 3600 + 15 * 60, "05.30 WIT"),
        (nil, PresenterTests.utc - 8 * 3600 - 15 * 60, "07.00 WIB"),
    ] as [(String?, Int, String)])
    func clockIsTheLocalTimeOfTheMissionsZone(mission: String?, utc: Int, clock: String) {
        #expect(Self.utc % 86_400 == 8 * 3600 + 15 * 60, "the fixed tick is 08:15 UTC")
        let s = presenter(mission, utc: utc)
        let top = FrameView.render(s, m).lines()[0]
        #expect(top.hasSuffix(" " + clock + " "), "\(top)")
    }

    @Test(arguments: [(80, 24), (120, 30), (160, 45), (40, 12)])
    func slidesAtSeveralSizes(width: Int, height: Int) {
        for lang in [Language.id, .en] {
            var s = presenter("m2025-malut", width: width, height: height, lang: lang)
            for slide in PresenterState.Slide.allCases {
                let buf = FrameView.render(s, m)
                assertSnapshot(of: buf, as: .screen, named: "\(slide)-\(width)x\(height)-\(lang.rawValue)")
                #expect(buf.lines().contains { $0.contains(Rupiah.exact(568_042_498_000, lang)) }, "the exact total on every slide")
                s.press(.pageDown)
            }
        }
        let grand = presenter(width: width, height: height)
        assertSnapshot(of: FrameView.render(grand, m), as: .screen, named: "grand-\(width)x\(height)")
    }

    @Test func clickerKeysStepSlidesAndOtherRemoteKeysAreHarmless() {
        var s = presenter()
        s.press(.pageDown); #expect(s.presenter?.slide == .commodities)
        s.press(.right); #expect(s.presenter?.slide == .provinces)
        s.press(.down); #expect(s.presenter?.slide == .timeline)
        s.press(.pageDown); #expect(s.presenter?.slide == .total)
        s.press(.pageUp); #expect(s.presenter?.slide == .timeline)
        s.press(.left, .up); #expect(s.presenter?.slide == .commodities)
        let before = s.presenter
        for k: Key in [.function(5), .escape, .char(" "), .enter, .tab, .char("1"), .char("u"), .ctrl("r"), .char("a"), .char("N"), .char("x")] {
            #expect(Reducer.reduce(&s, .key(k), m).isEmpty)
        }
        #expect(s.presenter == before, "remote keys change nothing")
        s.press(.char("b")); #expect(s.presenter?.blanked == true)
        #expect(FrameView.render(s, m).lines().allSatisfy { $0.trimmingSpaces.isEmpty }, "blank is blank")
        s.press(.char("b"), .char("."))
        #expect(s.presenter?.frozen == true && s.presenter?.blanked == false)
    }

    @Test func noKeyInThePresenterChangesData() {
        var s = presenter("m2025-kaltim")
        var keys: [Key] = [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .backspace, .tab, .backTab, .delete]
        keys += (1...12).map { Key.function($0) }
        keys += "abcdefghijklmnoprstuvwxzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 /?.,;:'\"[]{}-=+_".map { Key.char($0) }
        keys += "abcdefghijklmnopqrstuvwxyz".map { Key.ctrl($0) }
        for k in keys {
            var t = s
            let effects = Reducer.reduce(&t, .key(k), m)
            #expect(!effects.contains { if case .record = $0 { true } else { false } }, "\(k) must not record")
        }
        s.press(.char("q"))
        #expect(s.presenter?.confirmingQuit == true)
        s.press(.char("n"))
        #expect(s.presenter?.confirmingQuit == false)
        s.press(.char("q"))
        #expect(Reducer.reduce(&s, .key(.char("y")), m) == [.quit])
    }

    @Test func aRecordedDealChangesTheExactFigureAtOnceAndIsHighlighted() throws {
        var s = presenter("m2025-kaltim")
        let more = try Fixture.model { ds in
            ds.deals.append(Deal(id: "new", mission: "m2025-kaltim", direction: .sell, commodity: "coffee", valueRupiah: 1_250_000_000,
                                 status: .committed, kind: .itemised, party: "CV Kopi", source: "desk"))
            ds.dealLog.append(DealLogEntry(eventId: "e", at: "t", user: "u", dealId: "new", dealIndex: ds.deals.count - 1, kind: .recorded))
        }
        #expect(Reducer.reduce(&s, .dataChanged, more).isEmpty)
        let text = FrameView.render(s, more).lines().joined(separator: "\n")
        #expect(text.contains("TOTAL  Rp1.054.396.943.500   ▲ +Rp1,25 miliar"))
        #expect(s.presenter?.highlighted == true && s.presenter?.animating == true)
        #expect(text.contains("Rp1,25 miliar · Jual · Kopi · CV Kopi"), "the ticker shows the new deal")
        #expect(Reducer.reduce(&s, .presenterTick(now: 100 + PresenterState.highlightSeconds + 1, utc: 0), more).isEmpty)
        #expect(s.presenter?.highlighted == false && s.presenter?.bigValue == 1_054_396_943_500)
    }

    @Test func frozenScreenIgnoresNewDataAndAutoRotationTurns() throws {
        var s = presenter()
        s.press(.char("."))
        let more = try Fixture.model { ds in
            ds.deals.append(Deal(id: "n", mission: "m2025-kaltim", direction: .sell, valueRupiah: 7, status: .committed, kind: .itemised, source: "d"))
        }
        #expect(Reducer.reduce(&s, .dataChanged, more).isEmpty)
        #expect(s.presenter?.shownTotal == m.transactionsRupiah)
        s.press(.char("."), .char("r"))
        #expect(s.presenter?.rotateSeconds == 10)
        #expect(Reducer.reduce(&s, .presenterTick(now: 111, utc: 0), m).isEmpty)
        #expect(s.presenter?.slide == .commodities)
    }

    @Test func pFromTheDashboardPresentsTheOpenMission() throws {
        var s = Fixture.state()
        let i = try #require(s.missionRows.firstIndex { m.aggregates.missions[$0].id == "m2025-malut" })
        for _ in 0..<i { s.press(.down) }
        s.press(.enter, .char("p"))
        #expect(s.presenter?.mission == "m2025-malut" && s.presenter?.exitsProgram == false)
        s.press(.char("q"), .char("y"))
        #expect(s.presenter == nil && !s.quitting, "leaving the presenter returns to the dashboard")
    }

    /// The 5×7 font as large as the room allows, the 3×5 one where only three rows are left, and
    /// nothing (plain text) where even that does not fit.
    @Test func bigTextFitsOrFallsBack() throws {
        #expect(BigText.scale(for: "Rp17,52 T", width: 156, maxRows: 18).map { (7 * $0.sy + 1) / 2 } ?? 0 >= 15)
        #expect(BigText.scale(for: "Rp17,52 T", width: 10, maxRows: 3) == nil)
        let rows = BigText.render("10", sx: 1, sy: 2)
        #expect(rows.count == 7 && rows.allSatisfy { TextWidth.of($0) == BigText.pixelWidth("10") })
        #expect(BigText.fit("Rp225,8 M", width: 156, maxRows: 9) == BigText.Fit(small: false, sx: 2, sy: 2), "7 rows, square pixels")
        let small = try #require(BigText.fit("Rp225,8 M", width: 40, maxRows: 3))
        #expect(small.small && small.rows == 3)
        let drawn = BigText.render("Rp225,8 M", small)
        #expect(drawn.count == 3 && drawn.allSatisfy { TextWidth.of($0) == BigText.width("Rp225,8 M", small) && TextWidth.of($0) <= 40 })
        #expect(BigText.fit("Rp225,8 M", width: 40, maxRows: 2) == nil && BigText.fit("Rp225,8 M", width: 20, maxRows: 9) == nil)
    }

    /// Frozen, then unfrozen after a deal: the total is the current one, like the split beside it.
    @Test func unfreezingShowsOneCurrentState() throws {
        var s = presenter("m2025-kaltim")
        let before = s.presenter?.shownTotal
        _ = Reducer.reduce(&s, .key(.char(".")), Fixture.shared)
        let more = try Fixture.model { ds in
            ds.deals.append(Deal(id: "new", mission: "m2025-kaltim", direction: .sell, commodity: "coffee", valueRupiah: 9_000_000_000,
                                 status: .committed, kind: .itemised, source: "desk"))
        }
        #expect(Reducer.reduce(&s, .dataChanged, more).isEmpty)
        #expect(s.presenter?.shownTotal == before, "frozen: the figure holds")
        #expect(Reducer.reduce(&s, .key(.char(".")), more).isEmpty)
        let total = more.aggregates.missions[try #require(more.missionIndex["m2025-kaltim"])].totalValueRupiah
        #expect(s.presenter?.shownTotal == total && s.presenter?.frozen == false)
        let text = FrameView.render(s, more).lines().joined(separator: "\n")
        #expect(text.contains("TOTAL  " + Rupiah.exact(total, .id)), "the exact total matches the data drawn beside it")
    }

    /// A live poll that fails keeps the last figures and says since when, on the wall and the desk:
    /// the desk in the machine's zone (WIB here), the wall in the zone of its own clock.
    @Test func aDataProblemIsShownWithTheTimeOfTheLastGoodData() throws {
        var s = presenter()
        // 07:01 UTC: 14.01 WIB, on the desk and on the wall of the data set (the organiser's zone).
        let problem = DataProblem(kind: .overflow, lastGood: Self.utc - 74 * 60)
        #expect(Reducer.reduce(&s, .dataProblem(problem), Fixture.shared).isEmpty)
        let wall = FrameView.render(s, Fixture.shared).lines()
        #expect(wall[2].contains("⚠ total melebihi batas yang bisa dijumlah — data sampai 14.01"), "\(wall[2])")
        var desk = Fixture.state()
        _ = Reducer.reduce(&desk, .dataProblem(problem), Fixture.shared)
        let header = FrameView.render(desk, Fixture.shared)
        #expect(header.lines()[0].contains("⚠ data sampai 14.01"), "at 80 columns the time of the last good data shows")
        var wide = Fixture.state(width: 160, height: 45)
        _ = Reducer.reduce(&wide, .dataProblem(problem), Fixture.shared)
        #expect(FrameView.render(wide, Fixture.shared).lines()[0].contains("⚠ total melebihi batas yang bisa dijumlah — data sampai 14.01"))
        let warn = try #require(header.lines()[0].range(of: "⚠"))
        let x = header.lines()[0].distance(from: header.lines()[0].startIndex, to: warn.lowerBound)
        #expect(header[x, 0].role == .warning)
        #expect(Reducer.reduce(&desk, .dataChanged, Fixture.shared).isEmpty)
        #expect(desk.dataProblem == nil && !FrameView.render(desk, Fixture.shared).lines()[0].contains("⚠"), "good data clears it")
    }

    /// The trial at the forum: the laptop's zone is UTC, the wall's clock says 18.16 WIB, and the
    /// server stopped answering at 11.16 UTC. The wall says 18.16, like its clock (19.16 on a
    /// WITA mission's wall); the desk says 11.16, like its own clock.
    @Test(arguments: [(nil, Language.id, "18.16 WIB", "⚠ luring sejak 18.16 — menampilkan data sampai 18.16"),
                      ("m2025-kaltim", .id, "19.16 WITA", "⚠ luring sejak 19.16 — menampilkan data sampai 19.16"),
                      (nil, .en, "18:16 WIB", "⚠ offline since 18:16 — showing data up to 18:16")] as [(String?, Language, String, String)])
    func offlineTimesAreInTheZoneOfTheWallsClock(mission: String?, lang: Language, clock: String, warning: String) {
        // 2026-11-23 11:16 UTC.
        let utc = 1_795_432_560
        let machine = Reducer.initial(m, width: 160, height: 45, lang: lang, user: "ana", idPrefix: "t", clock: "", zone: .utc)
        var wall = machine
        wall.presenter = PresenterState(mission: mission, exitsProgram: true, rotateSeconds: nil, model: m)
        _ = Reducer.reduce(&wall, .presenterTick(now: 100, utc: utc), m)
        let problem = DataProblem(kind: .offline(since: utc), lastGood: utc)
        _ = Reducer.reduce(&wall, .dataProblem(problem), m)
        let lines = FrameView.render(wall, m).lines()
        #expect(lines[0].hasSuffix(" " + clock + " ") && lines[2].contains(warning), "\(lines[0])\n\(lines[2])")
        var desk = machine
        _ = Reducer.reduce(&desk, .dataProblem(problem), m)
        let top = FrameView.render(desk, m).lines()[0]
        #expect(top.contains(lang == .id ? "sejak 11.16" : "since 11:16") && !top.contains("18.16") && !top.contains("18:16"), "\(top)")
    }
}

@Suite struct DealFormTests {
    let m = Fixture.shared

    func form(mission: String = "m2025-kaltim") throws -> AppState {
        var s = Fixture.state()
        let i = try #require(s.missionRows.firstIndex { m.aggregates.missions[$0].id == mission })
        for _ in 0..<i { s.press(.down) }
        s.press(.char("a"))
        #expect(s.context == .form)
        return s
    }

    @Test func valueIsReadBackAndLargeValuesNeedConfirmation() throws {
        var s = try form()
        s.press(.tab, .right) // after the mission, the direction: buy
        s.press(.tab, .char("h")) // commodity: Hasil laut (by the name on screen)
        #expect(s.form?.field("commodity")?.choice == "seafood")
        for _ in 0..<5 { s.press(.tab) }
        s.type("1,25 triliun")
        let text = FrameView.render(s, m).lines().joined(separator: "\n")
        #expect(text.contains("= Rp1.250.000.000.000") && text.contains("satu koma dua lima triliun rupiah"))
        #expect(text.contains("sudah punya angka akhir yang diumumkan Rp1.053.146.943.500"), "it says it adds to a published final")
        #expect(Reducer.reduce(&s, .key(.enter), m).isEmpty, "not recorded before confirmation")
        #expect(s.context == .formConfirm)
        s.press(.char("n"))
        for _ in 0..<7 { s.press(.backspace) }
        s.type("miliar")
        let fx = Reducer.reduce(&s, .key(.enter), m)
        guard case .record(let bodies, _, _, _)? = fx.first, case .dealRecorded(let d) = bodies[0] else { Issue.record("no record: \(fx)"); return }
        #expect(d.valueRupiah == 1_250_000_000 && d.direction == .buy && d.commodity == "seafood" && d.mission == "m2025-kaltim")
        #expect(s.form == nil)
    }

    @Test func badValuesAreRefusedAndNothingIsWritten() throws {
        var s = try form()
        for _ in 0..<7 { s.press(.tab) }
        s.type("1.25 miliar")
        #expect(FrameView.render(s, m).lines().joined().contains("titik memisahkan ribuan"))
        #expect(Reducer.reduce(&s, .key(.enter), m).isEmpty)
        #expect(s.form?.error != nil)
        s.press(.escape)
        #expect(s.form == nil && s.context == .missions)
    }

    @Test func newMissionThenCorrectAndWithdrawFromTheDealLines() throws {
        var s = Fixture.state()
        s.press(.char("N"), .tab)
        s.type("Ternate")
        let fx = Reducer.reduce(&s, .key(.enter), m) + Reducer.reduce(&s, .key(.enter), m) + Reducer.reduce(&s, .key(.enter), m) + Reducer.reduce(&s, .key(.enter), m)
        guard case .record(let bodies, _, _, _)? = fx.first, case .missionCreated(let mission) = bodies[0] else { Issue.record("\(fx)"); return }
        #expect(mission.city == "Ternate" && mission.date == Fixture.today)
        // Correct and withdraw a deal from Balikpapan's deal lines.
        var t = try form()
        t.press(.escape, .enter, .enter)
        #expect(t.detail == .missionDeals("m2025-kaltim"))
        t.press(.char("e"))
        #expect(t.form?.field("value")?.text == "598.953.000.000")
        t.press(.escape, .char("x"))
        #expect(t.prompt?.kind == .withdraw)
        t.type("salah catat")
        let w = Reducer.reduce(&t, .key(.enter), m)
        guard case .record(let wb, _, _, _)? = w.first, case .dealWithdrawn(_, let reason) = wb[0] else { Issue.record("\(w)"); return }
        #expect(reason == "salah catat")
        t.press(.escape)
        #expect(t.detail == .mission("m2025-kaltim"), "back from the deal lines returns to the mission")
    }
}

