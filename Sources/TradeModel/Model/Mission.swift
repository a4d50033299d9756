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

/// Businesses taking part, per side. Conflicting counts from different sources are all kept.
public struct BusinessCount: Sendable, Equatable {
    public enum Side: String, Sendable, CaseIterable { case organiser, partner, total }
    public var side: Side
    public var count: Int
    public var source: String
    public var note: String?
}

/// A multi-province agreement or a sister-province cooperation. Its potential is never a transaction.
public struct Agreement: Sendable, Identifiable {
    public enum Kind: String, Sendable, CaseIterable { case multiProvince, sisterProvince }
    public var id: String
    public var kind: Kind
    public var title: String
    public var parties: [String]
    public var date: PartialDate
    public var dateAlternatives: [DateClaim]
    public var city: String?
    public var venue: String?
    public var signatories: [String]
    public var sectors: [SectorList]
    public var initiatives: [SourcedNote]
    public var potential: MoneyClaim?
    public var firstStageAnnual: MoneyClaim?
    public var programmes: [Programme]
    public var legalBasis: [SourcedNote]
    public var source: String
}

/// The sectors of an agreement as one source lists them; sources that list them differently each stay.
public struct SectorList: Sendable {
    public var sectors: [String]
    public var source: String
}

/// A programme under an agreement (e.g. the 2014 UMKM cooperation with Osaka).
public struct Programme: Sendable {
    public var date: PartialDate
    public var title: String
    public var items: [String]
    public var source: String
}

/// A figure announced during (or after) a mission day, with its local time.
public struct ReportedTotal: Sendable, Identifiable {
    public enum Role: String, Sendable, CaseIterable {
        /// A running total announced during the day.
        case interim
        /// The accepted final; the mission's fixture lines must add up to it.
        case final
        /// Another final printed elsewhere that disagrees with the accepted one.
        case alternativeFinal
    }
    public var id: String
    public var mission: String
    public var role: Role
    public var valueRupiah: Int64
    public var localTime: LocalTime?
    /// True when the source says only "midday" and the time is placed at 12:00 for charts.
    public var timeApproximate: Bool
    public var timeNote: String?
    public var conflictsWith: [String]
    public var source: String
    public var note: String?
}
