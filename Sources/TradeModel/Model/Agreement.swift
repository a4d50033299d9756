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
