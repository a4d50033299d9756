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

