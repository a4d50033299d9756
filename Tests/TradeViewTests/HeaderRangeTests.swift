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
}
