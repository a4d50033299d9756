/// A trade mission (misi dagang) organised by one province in another.
public struct Mission: Sendable, Identifiable, Equatable {
    public var id: String
    public var title: String
    public var organiser: String
    public var partner: String
    /// Nil where the sources name no city.
    public var city: String?
    public var venue: String?
    public var date: PartialDate
    public var dateAlternatives: [DateClaim]
    public var timeZone: ZoneCode
    public var theme: String?
    public var tradingHours: String?
    public var businesses: [BusinessCount]
    public var target: MoneyClaim?
    public var notes: [SourcedNote]
    public var source: String
    /// Synthetic data from `generate` is marked so and shown so.
    public var illustrative: Bool
}

