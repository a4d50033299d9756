import Testing
import TradeModel
import TradeTestSupport
@testable import TradeState

/// The Checklists panel's owner (`w`) and mission (`m`) filters are chosen from a list that
/// narrows as you type: names, never raw ids; Enter applies the id, Esc changes nothing.
@Suite struct PickerTests {
    let m = Fixture.shared

    func checklists() -> AppState {
        var s = Fixture.state()
        s.press(.char("3"))
        return s
    }

    func labels(_ s: AppState) -> [String] { s.picker.map { p in p.matches.map { p.choices[$0].label } } ?? [] }

    @Test func theOwnerPickerNarrowsAsYouTypeAndAppliesTheOwner() throws {
        var store = TestStore(checklists())
        store.send(.char("w")) { $0.picker = .owners(self.m, $0) }
        let p = try #require(store.state.picker)
        #expect(p.choices.first == Picker.Choice(id: nil, label: "Semua penanggung jawab", count: 11))
        #expect(p.choices.dropFirst().map(\.label) == p.choices.dropFirst().compactMap(\.id), "owners by name")
        #expect(p.choices.first { $0.id == "Pemprov Kepri, Jateng, Lampung dan Malut" }?.count == 2)
        // Case- and accent-insensitive, anywhere in the name.
        for (i, c) in "KOMÍNFO".enumerated() {
            store.send(.char(c)) {
                $0.picker?.query = TextField(String("KOMÍNFO".prefix(i + 1)))
                $0.picker?.refilter()
            }
        }
        #expect(labels(store.state) == ["Diskominfo Jatim", "Diskominfosan Maluku Utara", "Diskominfosan Maluku Utara (Iksan Arsad) bersama Diskominfo Jatim"])
        // Each word narrows further.
        store.state.type(" san utara")
        #expect(labels(store.state).count == 2)
        store.send(.down) { $0.picker?.cursor = 1 }
        store.send(.down) // the last match: stays
        store.send(.up) { $0.picker?.cursor = 0 }
        store.send(.enter) {
            $0.picker = nil
            $0.checklistOwner = "Diskominfosan Maluku Utara"
            Reducer.refresh(.checklists, &$0, self.m)
        }
        #expect(store.state.checklistRows.count < checklists().checklistRows.count)
        // Reopened, it starts on the owner in force.
        store.send(.char("w")) { $0.picker = .owners(self.m, $0) }
        #expect(store.state.picker?.chosen?.id == "Diskominfosan Maluku Utara")
    }

    @Test func escLeavesEverythingAsItWas() {
        var s = checklists()
        s.press(.char("f"))
        let before = s
        s.press(.char("m"))
        s.type("kaltim")
        s.press(.down, .backspace, .ctrl("w"))
        #expect(s.context == .picker)
        s.press(.escape)
        #expect(s == before)
        s.press(.char("w"), .pageDown, .escape)
        #expect(s == before)
    }

    /// Mission names with their dates, "all" first; the filter gets the mission's id.
    @Test func theMissionPickerShowsNamesAndAppliesTheId() throws {
        var store = TestStore(checklists())
        store.send(.char("m")) { $0.picker = .actionMissions(self.m, $0) }
        let p = try #require(store.state.picker)
        #expect(p.choices.map(\.label).contains("Misi Dagang Jatim–Kalimantan Timur 2025"))
        #expect(!p.choices.map(\.label).contains { $0.hasPrefix("m20") || $0.hasPrefix("a20") }, "no raw ids")
        let batam = try #require(p.choices.first { $0.id == "a2025-batam" })
        #expect(batam.count == 3 && batam.detail.contains("2025") && !batam.label.isEmpty)
        store.state.type("timur 2025")
        #expect(labels(store.state) == ["Misi Dagang Jatim–Kalimantan Timur 2025"])
        store.send(.enter) {
            $0.picker = nil
            $0.checklistMission = "m2025-kaltim"
            Reducer.refresh(.checklists, &$0, self.m)
        }
        // Nothing matches: Enter does nothing, and the picker says so.
        store.send(.char("m")) { $0.picker = .actionMissions(self.m, $0) }
        store.state.type("zzz")
        #expect(labels(store.state).isEmpty && store.state.picker?.chosen == nil)
        store.send(.enter)
        // Choosing "all" clears the filter.
        store.send(.ctrl("u")) {
            $0.picker?.query = TextField("", cursor: 0)
            $0.picker?.refilter()
        }
        store.send(.enter) {
            $0.picker = nil
            $0.checklistMission = nil
            Reducer.refresh(.checklists, &$0, self.m)
        }
        #expect(store.state.checklistRows == checklists().checklistRows)
    }

    /// With an owner (`w`) or status (`f`) filter in force, each mission in the `m` picker counts
    /// the actions the list then shows, and so does each owner in `w` under a mission filter.
    @Test func thePickersCountWhatTheListWouldShowUnderTheOtherFilters() throws {
        func counts(_ s: AppState) -> [String?: Int] {
            Dictionary(uniqueKeysWithValues: (s.picker?.choices ?? []).map { ($0.id, $0.count ?? -1) })
        }
        func shown(_ s: AppState) -> Int { s.checklistRows.count { if case .action = m.checklist[$0] { true } else { false } } }
        // Every choice of both pickers, under each owner, each status and a typed filter.
        var starts: [AppState] = []
        var s = checklists()
        s.press(.char("w"))
        s.type("bank indo")
        s.press(.enter)
        #expect(s.checklistOwner == "Bank Indonesia Jatim")
        starts.append(s)
        s = checklists()
        for _ in 0..<3 {
            s.press(.char("f"))
            starts.append(s)
        }
        s = checklists()
        s.press(.char("/"))
        s.type("hoax")
        s.press(.enter)
        starts.append(s)
        for start in starts {
            for key in [Character("m"), "w"] {
                var s = start
                s.press(.char(key))
                let expected = counts(s)
                #expect(expected.count > 2)
                for (id, n) in expected {
                    var picked = start
                    if key == "m" { picked.checklistMission = id } else { picked.checklistOwner = id }
                    Reducer.refresh(.checklists, &picked, m)
                    #expect(n == shown(picked), "\(key) \(id ?? "all"): \(n) said, \(shown(picked)) shown")
                }
            }
        }
        // Bank Indonesia has nothing for Batam and one action for Kalsel: so the picker says.
        var bi = starts[0]
        bi.press(.char("m"))
        #expect(counts(bi)["a2025-batam"] == 0 && counts(bi)["m2025-kalsel"] == 1 && counts(bi)[nil] == 1)
    }

    /// The Missions panel's year (`y`): the years the list holds, the most recent first, each with
    /// its rows and what they are; it opens on the year in force, and "all" clears it.
    @Test func theYearPickerListsYearsWithCountsAndFiltersTheMissions() throws {
        let ms = m.aggregates.missions
        var store = TestStore(Fixture.state())
        store.send(.char("y")) { $0.picker = .years(self.m, current: nil, .id) }
        let p = try #require(store.state.picker)
        #expect(p.choices.first == Picker.Choice(id: nil, label: "Semua tahun", count: ms.count))
        #expect(p.choices.dropFirst().compactMap(\.id) == m.years.reversed().map(String.init), "the most recent first")
        let n2025 = ms.filter { $0.date.year == 2025 }.count
        let agreements2025 = ms.filter { $0.date.year == 2025 && $0.kind != .mission }.count
        #expect(agreements2025 > 0, "the fixtures hold agreements in 2025")
        #expect(p.choices[1] == Picker.Choice(id: "2025", label: "2025", detail: "\(n2025 - agreements2025) misi · \(agreements2025) kesepakatan", count: n2025))
        #expect(p.choices.first { $0.id == "1984" }?.detail == "1 kesepakatan")
        #expect(p.count(1, .en) == "1 row" && p.count(2, .id) == "2 baris")
        store.send(.down) { $0.picker?.cursor = 1 }
        store.send(.enter) {
            $0.picker = nil
            $0.yearFilter = 2025
            Reducer.refresh(.missions, &$0, self.m)
        }
        #expect(store.state.missionRows.count == n2025)
        // Reopened on the year in force; typing narrows; "all" clears.
        store.send(.char("y")) { $0.picker = .years(self.m, current: 2025, .id) }
        #expect(store.state.picker?.chosen?.id == "2025")
        store.state.type("semua")
        #expect(labels(store.state) == ["Semua tahun"])
        store.send(.enter) {
            $0.picker = nil
            $0.yearFilter = nil
            Reducer.refresh(.missions, &$0, self.m)
        }
        #expect(store.state.missionRows.count == ms.count)
    }

    /// A long list scrolls in its box: PgDn moves by the rows shown.
    @Test func aLongListScrolls() throws {
        var s = Fixture.state(width: 80, height: 10)
        s.press(.char("a"), .char(" "))
        let p = try #require(s.picker)
        let rows = p.listRows(bodyHeight: 7)
        #expect(rows == 3 && p.query.text.isEmpty && p.matches.count == Picker.missionOrder(m).count)
        s.press(.pageDown)
        #expect(s.picker?.cursor == 3 && s.picker?.top == 1)
        s.press(.pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown)
        #expect(s.picker?.cursor == p.matches.count - 1 && s.picker?.top == p.matches.count - rows)
        s.press(.pageUp)
        #expect(s.picker?.cursor == p.matches.count - 4 && s.picker?.top == p.matches.count - 4)
    }
}
