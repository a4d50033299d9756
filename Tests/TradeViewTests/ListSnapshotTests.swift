import SnapshotTesting
import Testing
import TradeModel
import TradeStore
@testable import TradeState
@testable import TradeView
import TradeTestSupport

/// Lists as officials meet them: filters as chips that fit, subtotals, a deal line's detail, the
/// checklist's marks in line, and help searched. Re-recordable with SNAPSHOT_TESTING_RECORD=failed.
@Suite(.serialized) struct ListSnapshotTests {
    let m = Fixture.shared
    static let sizes: [(Int, Int)] = [(80, 24), (160, 45)]

    /// The screen: three filters set (status, owner, mission) and a typed text; at 80
    /// columns every chip still shows, shortened, with the key that clears them and the count.
    @Test(arguments: [Language.id, .en])
    func checklistWithThreeFilters(lang: Language) {
        for (w, h) in Self.sizes {
            var s = Fixture.state(width: w, height: h, lang: lang)
            s.press(.char("3"))
            s.checklistStatus = .open
            s.checklistOwner = "Diskominfo Jatim"
            s.checklistMission = "m2025-malut"
            Reducer.refresh(.checklists, &s, m)
            assertSnapshot(of: FrameView.render(s, m), as: .screen, named: "\(w)x\(h)-\(lang.rawValue)")
            s.press(.char("/"))
            s.type("pks")
            s.press(.enter)
            assertSnapshot(of: FrameView.render(s, m), as: .screen, named: "text-\(w)x\(h)-\(lang.rawValue)")
            let chips = ListChrome.fit(["belum selesai", "PJ: Diskominfo Jatim", "misi: Malut 2025", "tahun 2025"], width: 30)
            #expect(chips.last == "+2" && chips.count == 3, "what does not fit is counted, never dropped: \(chips)")
        }
    }

    @Test(arguments: [Language.id, .en])
    func filteredMissionsWithTheirSubtotal(lang: Language) {
        for (w, h) in Self.sizes {
            var s = Fixture.state(width: w, height: h, lang: lang)
            s.yearFilter = 2025
            Reducer.refresh(.missions, &s, m)
            s.press(.char("/"))
            s.type("ma")
            s.press(.enter)
            assertSnapshot(of: FrameView.render(s, m), as: .screen, named: "\(w)x\(h)-\(lang.rawValue)")
        }
    }

    /// Squid from Maluku, corrected then withdrawn at a desk; the journal holds the withdrawal
    /// before the correction (two desks), and the history lists them by time.
    @Test(arguments: [Language.id, .en])
    func aDealLineInDetail(lang: Language) throws {
        let model = try Fixture.model { ds in
            let i = ds.deals.firstIndex { $0.id == "d2025-maluku-squid" }!
            ds.deals[i].status = .withdrawn
            ds.dealLog = [
                DealLogEntry(eventId: "e2", at: "2026-11-23T04:16:00Z", user: "budi", dealId: "d2025-maluku-squid", dealIndex: i, kind: .withdrawn,
                             reason: "dicatat dua kali"),
                DealLogEntry(eventId: "e1", at: "2026-11-23T04:14:00Z", user: "ana", dealId: "d2025-maluku-squid", dealIndex: i, kind: .corrected),
            ]
        }
        for (w, h) in Self.sizes {
            var s = Fixture.state(model, width: w, height: h, lang: lang)
            s.press(.char("2"), .enter, .down, .enter, model: model)
            #expect(s.detail == .deal("d2025-maluku-squid", from: .deals("seafood")))
            assertSnapshot(of: FrameView.render(s, model), as: .screen, named: "\(w)x\(h)-\(lang.rawValue)")
            s.press(.end, model: model)
            assertSnapshot(of: FrameView.render(s, model), as: .screen, named: "end-\(w)x\(h)-\(lang.rawValue)")
            let text = FrameView.render(s, model).lines().joined(separator: "\n")
            let colon = lang == .id ? "." : ":"
            let corrected = try #require(text.range(of: "11\(colon)14 WIB  ana"), "\(text)")
            let withdrawn = try #require(text.range(of: "11\(colon)16 WIB  budi"), "\(text)")
            #expect(corrected.lowerBound < withdrawn.lowerBound, "oldest first, whatever the journal's order")
            s.press(.escape, model: model)
            #expect(s.lists[.deals]?.selected == .deal("d2025-maluku-squid") && s.lists[.deals]?.cursor == 1)
        }
    }

    /// An overdue action, one with a note and one in progress: every column lines up.
    @Test(arguments: [Language.id, .en])
    func checklistMarksLineUp(lang: Language) throws {
        let model = try Fixture.model { ds in
            let late = ds.actions.firstIndex { $0.id == "act-post-event-transactions" }!
            ds.actions[late].due = PartialDate(parsing: "2025-04-12")
            ds.actions[late].status = .open
            ds.actionHistory["act-post-event-transactions"] = [ActionChange(eventId: "e1", at: "2026-11-23T01:00:00Z", user: "ana",
                                                                           body: .actionNoteAdded(actionId: "act-post-event-transactions", note: "rapat"), undoes: nil)]
            ds.actions[ds.actions.firstIndex { $0.id == "act-bi-validation" }!].status = .inProgress
        }
        for (w, h) in Self.sizes {
            var s = Fixture.state(model, width: w, height: h, lang: lang)
            s.press(.char("3"), model: model)
            let buf = FrameView.render(s, model)
            assertSnapshot(of: buf, as: .screen, named: "\(w)x\(h)-\(lang.rawValue)")
            // The owner column starts at the same place on the overdue row as on the others.
            let lines = buf.lines()
            let late = try #require(lines.first { $0.contains("⚠ 12 Apr 2025") || $0.contains("12 Apr 2025   ⚠") })
            let other = try #require(lines.first { $0.contains("≈ Diskominfo Jatim") })
            let owner = { (line: String, name: String) in TextWidth.of(String(line[..<line.range(of: name)!.lowerBound])) }
            #expect(owner(late, "≈ Disperindag") == owner(other, "≈ Diskominfo"), "\(late)\n\(other)")
        }
    }

    /// A commodity whose only line is a letter of intent has no transactions: Rp0, a dash for
    /// its share, no bar and no stray "0".
    @Test func aZeroShareShowsADash() throws {
        let model = try Fixture.model { ds in ds.deals[ds.deals.firstIndex { $0.id == "d2025-kepri-loi" }!].commodity = "coffee" }
        for lang in [Language.id, .en] {
            var s = Fixture.state(model, width: 80, height: 40, lang: lang)
            s.press(.char("2"), model: model)
            let row = try #require(s.commodityRows.firstIndex { $0.commodity == "coffee" && $0.kind == .commodity })
            #expect(s.commodityRows[row].value == 65_000_000_000, "the coffee line of Kalsel still counts")
            let zero = try Fixture.model { ds in
                ds.deals.removeAll { $0.id == "d2025-kalsel-coffee" }
                ds.deals[ds.deals.firstIndex { $0.id == "d2025-kepri-loi" }!].commodity = "coffee"
            }
            var z = Fixture.state(zero, width: 80, height: 40, lang: lang)
            z.press(.char("2"), model: zero)
            let i = try #require(z.commodityRows.firstIndex { $0.commodity == "coffee" && $0.kind == .commodity })
            #expect(z.commodityRows[i].value == 0)
            let line = FrameView.render(z, zero).lines()[Layout(width: 80, height: 40).listTop + i]
            let trimmed = String(line.reversed().drop { $0 == " " }.reversed())
            #expect(trimmed.contains("Rp0") && trimmed.hasSuffix("—"), "\(line)")
            #expect(!line.contains(" 0 ") && !line.contains("0,0") && !line.contains("0.0"), "\(line)")
        }
    }

    @Test(arguments: [Language.id, .en])
    func helpWithASearchMatch(lang: Language) {
        var s = Fixture.state(lang: lang)
        s.press(.char("?"), .char("/"))
        s.type(lang == .id ? "tenggat" : "due date")
        s.press(.enter, .char("n"))
        assertSnapshot(of: FrameView.render(s, m), as: .screen, named: lang.rawValue)
    }
}
