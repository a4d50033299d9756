/// Businesses taking part, per side. Conflicting counts from different sources are all kept.
public struct BusinessCount: Sendable, Equatable {
    public enum Side: String, Sendable, CaseIterable { case organiser, partner, total }
    public var side: Side
    public var count: Int
    public var source: String
    public var note: LocalText?
}
