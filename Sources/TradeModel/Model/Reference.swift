/// Where a figure comes from. Every figure in the fixtures names one through a field starting `source`.
public struct Source: Sendable, Identifiable {
    public var id: String
    public var publisher: String
    public var title: String
    public var date: PartialDate?
    public var url: String?
    public var note: String?
}

public struct Region: Sendable, Identifiable {
    public enum Kind: String, Sendable, CaseIterable { case province, foreign }
    public var id: String
    public var kind: Kind
    /// Kemendagri code for provinces ("35"); nil where the sources give none.
    public var code: String?
    public var name: String
    public var shortName: String
    public var country: String
    public var timeZone: ZoneCode
    public var source: String?
    public var note: String?
}

public struct Commodity: Sendable, Identifiable {
    public var id: String
    public var nameId: String
    public var nameEn: String
    public var unit: String

    public func name(_ lang: Language) -> String { lang == .id ? nameId : nameEn }
}

/// A specific product that rolls up into a commodity (udang vaname → seafood).
public struct Product: Sendable, Identifiable {
    public var id: String
    public var nameId: String
    public var nameEn: String
    public var commodity: String
}

public enum Language: String, Sendable, CaseIterable { case id, en }

/// A sourced sentence: a claim that has no figure of its own but must cite where it comes from.
public struct SourcedNote: Sendable, Equatable {
    public var text: String
    public var source: String
}

/// A money figure with its source, e.g. a target or an agreement's estimated potential.
public struct MoneyClaim: Sendable, Equatable {
    public var valueRupiah: Int64
    public var source: String
    public var note: String?
}

/// An alternative date a source gives for the same event (kept beside the accepted one).
public struct DateClaim: Sendable, Equatable {
    public var date: PartialDate
    public var source: String
    public var note: String?
}
