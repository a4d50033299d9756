import SnapshotTesting
import Testing
import TradeModel
import TradeStore
@testable import TradeState
@testable import TradeView
import TradeTestSupport

/// Whole screens, re-recordable with SNAPSHOT_TESTING_RECORD=all (never hand-edited).
@Suite(.serialized) struct SnapshotTests {
    let m = Fixture.shared

    func screen(_ w: Int, _ h: Int, _ lang: Language, _ keys: [Key] = []) -> ScreenBuffer {
        var s = Fixture.state(width: w, height: h, lang: lang)
        for k in keys { s.press(k) }
        return FrameView.render(s, m)
    }

    static let sizes: [(Int, Int)] = [(80, 24), (160, 45), (40, 12)]

    @Test(arguments: [Language.id, .en])
    func missionsList(lang: Language) {
        for (w, h) in Self.sizes {
            assertSnapshot(of: screen(w, h, lang), as: .screen, named: "\(w)x\(h)-\(lang.rawValue)")
        }
    }

    @Test(arguments: [Language.id, .en])
    func balikpapanDetail(lang: Language) throws {
        let i = try #require(Fixture.state().missionRows.firstIndex { m.aggregates.missions[$0].id == "m2025-kaltim" })
        let keys = Array(repeating: Key.down, count: i) + [.enter]
        for (w, h) in Self.sizes {
            assertSnapshot(of: screen(w, h, lang, keys), as: .screen, named: "\(w)x\(h)-\(lang.rawValue)")
        }
    }

    @Test func ternateAndBatamAndOsakaDetails() throws {
        for id in ["m2025-malut", "m2025-maluku", "a2025-batam", "a1984-osaka"] {
            let i = try #require(Fixture.state().missionRows.firstIndex { m.aggregates.missions[$0].id == id })
            let keys = Array(repeating: Key.down, count: i) + [.enter]
            assertSnapshot(of: screen(160, 45, .id, keys), as: .screen, named: id)
        }
    }

    @Test(arguments: [Language.id, .en])
    func commodities(lang: Language) {
        for (w, h) in Self.sizes {
            assertSnapshot(of: screen(w, h, lang, [.char("2")]), as: .screen, named: "total-\(w)x\(h)-\(lang.rawValue)")
        }
        assertSnapshot(of: screen(80, 24, lang, [.char("2"), .char("v")]), as: .screen, named: "direction-\(lang.rawValue)")
        assertSnapshot(of: screen(160, 45, lang, [.char("2"), .char("v"), .char("v")]), as: .screen, named: "province-\(lang.rawValue)")
        assertSnapshot(of: screen(80, 24, lang, [.char("2"), .enter]), as: .screen, named: "seafood-deals-\(lang.rawValue)")
    }

    @Test(arguments: [Language.id, .en])
    func checklists(lang: Language) {
        for (w, h) in Self.sizes {
            assertSnapshot(of: screen(w, h, lang, [.char("3")]), as: .screen, named: "\(w)x\(h)-\(lang.rawValue)")
        }
        assertSnapshot(of: screen(80, 24, lang, [.char("3"), .char("/"), .char("h"), .char("o"), .char("a"), .char("x"), .enter, .down, .enter]),
                       as: .screen, named: "action-\(lang.rawValue)")
    }

    /// The keys staff use most in a checklist — tick, in progress, note, owner, due date — are on
    /// the hint line at 80 columns in short words (the others give way first), and in whole words at 160.
    @Test(arguments: [Language.id, .en])
    func theChecklistHintsKeepTheStaffKeys(lang: Language) {
        let narrow = screen(80, 24, lang, [.char("3")]).lines()[23]
        let short = lang == .id ? ["Spasi centang", "i berjalan", "n catatan", "o PJ", "d tenggat", "?/F1 bantuan", "q keluar"]
                                : ["Space tick", "i in progress", "n note", "o owner", "d due date", "?/F1 help", "q quit"]
        for hint in short { #expect(narrow.contains(hint), "\(hint): \(narrow)") }
        let wide = screen(160, 45, lang, [.char("3")]).lines()[44]
        let whole = lang == .id ? ["Spasi centang/batal centang", "i tandai sedang berjalan", "o penanggung jawab"] : ["Space tick/untick", "i mark in progress", "o change owner"]
        for hint in whole { #expect(wide.contains(hint), "\(hint): \(wide)") }
    }

    @Test(arguments: [Language.id, .en])
    func help(lang: Language) {
        assertSnapshot(of: screen(80, 24, lang, [.char("?")]), as: .screen, named: lang.rawValue)
    }

    @Test func tooSmallSaysTheSizeNeeded() {
        assertSnapshot(of: screen(29, 7, .id), as: .screen, named: "29x7")
        assertSnapshot(of: screen(20, 3, .en), as: .screen, named: "20x3")
        #expect(screen(1, 1, .id).lines().count == 1)
        #expect(screen(0, 0, .id).lines().isEmpty)
    }

    /// Open actions with the cursor on Cyber Hoax, which another desk then finished: the cursor
    /// waits hollow (▷, no selection bar) on the row that took its place, and the status says why.
    @Test(arguments: [Language.id, .en])
    func aSelectionThatLeftTheList(lang: Language) throws {
        let done = try Fixture.model { ds in
            let i = ds.actions.firstIndex { $0.id == "act-cyber-hoax" }!
            ds.actions[i].status = .done
            ds.actionHistory["act-cyber-hoax"] = [ActionChange(eventId: "e1", at: "2026-11-23T01:00:00Z", user: "budi",
                                                               body: .actionStatusSet(actionId: "act-cyber-hoax", status: .done, previous: .open), undoes: nil)]
        }
        for (w, h) in [(80, 24), (160, 45)] {
            var s = Fixture.state(width: w, height: h, lang: lang)
            s.press(.char("3"), .char("f"))
            for _ in 0..<11 { s.press(.down) }
            _ = Reducer.reduce(&s, .dataChanged, done)
            assertSnapshot(of: FrameView.render(s, done), as: .screen, named: "\(w)x\(h)-\(lang.rawValue)")
        }
    }

    @Test func filteredAndSortedList() {
        assertSnapshot(of: screen(80, 24, .id, [.char("s"), .char("/"), .char("k"), .char("a"), .char("l")]), as: .screen)
    }
}

/// The role map the `.screen` strategy records, and that it carries the marks users rely on.
@Suite struct ScreenRolesTests {
    @Test func everyRoleHasItsOwnLetter() {
        let letters = Role.allCases.map(ScreenText.letter)
        #expect(Set(letters).count == Role.allCases.count)
        #expect(letters.allSatisfy { $0.isASCII && $0.isLowercase })
    }

    @Test func aSnapshotHoldsTheTextThenOneLetterPerCellThenTheLegend() {
        var buf = ScreenBuffer(width: 6, height: 2)
        buf.put("Rp大", x: 0, y: 0, role: .money)
        buf.put("⚠", x: 1, y: 1, role: .overdue)
        buf.restyle(Rect(x: 4, y: 1, width: 2, height: 1), role: .selected)
        #expect(ScreenText.snapshot(buf) == """
            Rp大  
             ⚠    
            --- roles ---
            hhhhaa
            amaagg
            legend: a=normal g=selected h=money m=overdue
            """, "the wide character's second column takes its lead's letter")
    }

    @Test func anOverdueActionCarriesTheOverdueRoleOnItsMark() throws {
        let model = try Fixture.model { ds in
            guard let i = ds.actions.firstIndex(where: { $0.id == "act-batam-hub" }) else { return }
            ds.actions[i].status = .open
            ds.actions[i].due = PartialDate(parsing: "2026-11-01")
        }
        let act = try #require(model.dataset.actions.firstIndex { $0.id == "act-batam-hub" })
        #expect(model.isOverdue(model.dataset.actions[act]))
        var s = Fixture.state(model, width: 160, height: 45)
        s.press(.char("3"), model: model)
        let row = try #require(s.checklistRows.firstIndex { i in
            if case .action(act) = model.checklist[i] { true } else { false }
        })
        #expect(s.lists[.checklists]?.cursor != row, "a selected row takes the selection's role instead")
        let layout = Layout(width: 160, height: 45)
        let y = layout.listTop + row
        #expect(row < layout.listRows(filterShown: false), "the action is on screen")

        let buf = FrameView.render(s, model)
        #expect(buf.lines()[y].contains("⚠ terlambat"))
        let mark = try #require((0..<buf.width).first { buf[$0, y].ch == "⚠" && !buf[$0, y].continuation })
        #expect(buf[mark, y].role == .overdue)
        let word = (mark + TextWidth.of("⚠ "))..<(mark + TextWidth.of("⚠ terlambat"))
        #expect(String(word.map { buf[$0, y].ch }) == "terlambat")
        #expect(word.allSatisfy { buf[$0, y].role == .overdue })
        // The same mark in the recorded role map.
        let roles = Array(ScreenText.roleRows(buf)[y])
        #expect(roles[mark] == ScreenText.letter(.overdue))
    }
}

@Suite struct ScreenSafetyTests {
    @Test func wideCharactersTakeTwoColumnsAndNeverBreakTheLayout() throws {
        var buf = ScreenBuffer(width: 12, height: 2)
        let end = buf.put("大阪府 é", x: 0, y: 0, role: .normal)
        #expect(end == 8)
        #expect(buf.lines()[0] == "大阪府 é    ")
        // A wide character that does not fit becomes a space, never half a glyph.
        buf.put("ab大", x: 9, y: 1, role: .normal)
        #expect(buf.lines()[1] == "         ab…", "half a wide character never shows; the cut is said")
        // Overwriting half of a wide character clears the other half.
        buf.put("x", x: 1, y: 0, role: .normal)
        #expect(buf.lines()[0] == " x阪府 é    ")
        #expect(TextWidth.of("大阪府") == 6)
        #expect(TextWidth.of("e\u{301}") == 1)
        #expect(TextWidth.clip("Prefektur Osaka (大阪府)", 20) == "Prefektur Osaka (大…")
    }

    @Test func controlCharactersFromDataNeverReachTheScreen() throws {
        let model = try Fixture.model { ds in
            ds.missions[12].title = "NTB\u{1B}[2J\u{1B}]0;pwned\u{07}\r\n\u{202E}evil"
            ds.missions[12].city = "\u{9B}31mMataram"
            ds.commodities[0].nameId = "Hasil\u{1B}laut"
            ds.actions[0].owner = "Pemprov\u{0}\u{8}Malut"
        }
        for keys: [Key] in [[], [.char("2")], [.char("3")], [.char("2"), .enter]] {
            for (w, h) in [(80, 24), (160, 45)] {
                var s = Fixture.state(model, width: w, height: h)
                for k in keys { s.press(k, model: model) }
                let buf = FrameView.render(s, model)
                for line in buf.lines() {
                    #expect(!line.unicodeScalars.contains { Sanitizer.isUnsafe($0) }, "\(line)")
                }
            }
        }
        var s = Fixture.state(model, width: 160, height: 45)
        let i = try #require(s.missionRows.firstIndex { model.aggregates.missions[$0].id == "m2025-ntb" })
        for _ in 0..<i { s.press(.down, model: model) }
        s.press(.enter, model: model)
        let text = FrameView.render(s, model).lines().joined()
        #expect(text.contains("NTB\u{FFFD}[2J"))
        #expect(!text.unicodeScalars.contains { Sanitizer.isUnsafe($0) })
    }

    @Test func everyScreenFitsItsSizeAtManySizes() {
        let m = Fixture.shared
        for (w, h) in [(1, 1), (2, 40), (200, 2), (30, 8), (31, 9), (55, 17), (79, 23), (120, 30), (250, 80)] {
            for keys: [Key] in [[], [.char("2")], [.char("3")], [.enter], [.char("?")], [.char("2"), .enter]] {
                var s = Fixture.state(width: w, height: h)
                for k in keys { s.press(k) }
                let buf = FrameView.render(s, m)
                #expect(buf.lines().count == h)
                for line in buf.lines() { #expect(TextWidth.of(line) == w, "\(w)x\(h) \(keys)") }
            }
        }
    }
}
