import Testing
import TradeModel
import TradeState
import TradeTestSupport
import TradeView

/// The header's years are the years the Missions list's rows span (the 1984 sister-province
/// agreement included), derived from the rows in both languages, and follow a mission the journal adds.
@Suite struct HeaderRangeTests {
    func header(_ m: DashboardModel, _ lang: Language) -> String {
        let s = Fixture.state(m, width: 160, height: 45, lang: lang)
        return FrameView.render(s, m).lines()[0]
    }

    @Test func theHeaderSaysTheYearsItsRowsSpan() throws {
        let m = Fixture.shared
        #expect(m.dataset.missions.map(\.date.year).min() == 2016 && m.dataset.agreements.map(\.date.year).min() == 1984)
        #expect(header(m, .id).contains("Misi Dagang Jawa Timur 1984–2025"), "\(header(m, .id))")
        #expect(header(m, .en).contains("East Java trade missions 1984–2025"), "\(header(m, .en))")
        for l in [Language.id, .en] { #expect(!header(m, l).contains("2016–2025")) }
        #expect(m.dataset.heading(.en) == "East Java trade missions 1984–2025")
    }

    @Test func aMissionAddedLaterWidensTheRange() throws {
        let later = try Fixture.model { ds in
            var m = ds.missions[0]
            m.id = "m2026-new"
            m.date = PartialDate(year: 2026, month: 11, day: 23)!
            ds.missions.append(m)
        }
        #expect(later.dataset.heading(.id) == "Misi Dagang Jawa Timur 1984–2026")
        var one = Dataset(datasetId: "x", title: "Satu", titleEn: "One", organiser: "jatim")
        #expect(one.heading(.en) == "One", "no rows, no years")
        one.missions = [later.dataset.missions.last!]
        #expect(one.heading(.en) == "One 2026", "one year alone")
    }

    /// An office's dataset.json from before this version has its years in the title: the rows'
    /// years replace them, never follow them ("… 2016–2025 1984–2025").
    @Test func aTitleWithYearsOfItsOwnIsNotGivenTwo() throws {
        var ds = Dataset(datasetId: "x", title: "Misi Dagang Jawa Timur 2016–2025", titleEn: "East Java trade missions 2016-2025", organiser: "jatim")
        ds.missions = Fixture.shared.dataset.missions
        ds.agreements = Fixture.shared.dataset.agreements
        #expect(ds.heading(.id) == "Misi Dagang Jawa Timur 1984–2025")
        #expect(ds.heading(.en) == "East Java trade missions 1984–2025")
        ds.title = "Misi Dagang 2025"
        #expect(ds.heading(.id) == "Misi Dagang 1984–2025")
        for kept in ["Misi 20251", "Misi 2025–", "Misi 12–34", "2025"] {
            ds.title = kept
            #expect(ds.heading(.id) == kept + " 1984–2025", "\(kept)")
        }
    }
}
