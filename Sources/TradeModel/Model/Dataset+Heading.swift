/// The data set's heading: its title (`dataset.json`, without years) and the years its rows span,
/// derived from the rows — the missions and agreements the Missions list holds, the journal's new
/// missions included — so the heading never claims a range the list does not show.
extension Dataset {
    /// The first and last year of every mission's and agreement's date; nil with neither.
    public var yearSpan: ClosedRange<Int>? {
        let years = missions.map(\.date.year) + agreements.map(\.date.year)
        guard let first = years.min(), let last = years.max() else { return nil }
        return first...last
    }

    /// "Misi Dagang Jawa Timur 1984–2025" (one year alone when they share it). A title written
    /// with years of its own (an office's dataset.json from before, "… 2016–2025") loses them:
    /// the rows' years replace them, never follow them.
    public func heading(_ lang: Language) -> String {
        let title = Self.withoutYears(lang == .id ? self.title : titleEn)
        guard let span = yearSpan else { return title }
        return title + " " + (span.lowerBound == span.upperBound ? "\(span.lowerBound)" : "\(span.lowerBound)–\(span.upperBound)")
    }

    /// The title without a last word of years: "2025", "2016–2025", "2016-2025" (not a title that
    /// is only years).
    static func withoutYears(_ title: String) -> String {
        guard let space = title.lastIndex(of: " ") else { return title }
        let last = title[title.index(after: space)...]
        let parts = last.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "–" || $0 == "-" })
        let isYears = (1...2).contains(parts.count) && parts.allSatisfy { $0.count == 4 && $0.allSatisfy { $0 >= "0" && $0 <= "9" } }
        guard isYears else { return title }
        let rest = title[..<space]
        return rest.isEmpty ? title : String(rest)
    }
}
