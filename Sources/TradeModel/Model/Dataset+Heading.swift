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

    /// "Misi Dagang Jawa Timur 1984–2025" (one year alone when they share it).
    public func heading(_ lang: Language) -> String {
        let title = lang == .id ? self.title : titleEn
        guard let span = yearSpan else { return title }
        return title + " " + (span.lowerBound == span.upperBound ? "\(span.lowerBound)" : "\(span.lowerBound)–\(span.upperBound)")
    }
}
