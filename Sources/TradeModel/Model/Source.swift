/// Where a figure comes from. Every figure in the fixtures names one through a field starting `source`.
public struct Source: Sendable, Identifiable {
    public var id: String
    public var publisher: String
    public var title: String
    public var date: PartialDate?
    public var url: String?
    public var note: String?
}
