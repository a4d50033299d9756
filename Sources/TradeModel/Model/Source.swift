/// Where a figure comes from. Every figure in the fixtures names one through a field starting `source`.
public struct Source: Sendable, Identifiable {
    public var id: String
    public var publisher: String
    /// The headline or document title as published, in its own language; nil when only a description is known.
    public var title: String?
    /// A description written for these fixtures (never shown as if it were a headline).
    public var about: LocalText?
    public var date: PartialDate?
    public var url: String?
    public var note: LocalText?

    public init(id: String, publisher: String, title: String?, about: LocalText? = nil, date: PartialDate? = nil,
                url: String? = nil, note: LocalText? = nil) {
        self.id = id; self.publisher = publisher; self.title = title; self.about = about; self.date = date
        self.url = url; self.note = note
    }

    /// The headline in quotes, or the description in brackets: „Judul" vs [tentang …].
    public func heading(_ lang: Language) -> String {
        if let title { return "“\(title)”" }
        if let about { return "[\(about.text(lang))]" }
        return ""
    }
}
