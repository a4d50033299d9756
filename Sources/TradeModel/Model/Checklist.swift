/// One of the six recommendations of the 2025 paper, grouping follow-up actions.
public struct Recommendation: Sendable, Identifiable {
    public var id: String
    public var order: Int
    public var titleId: String
    public var titleEn: String
    public var source: String

    public func title(_ lang: Language) -> String { lang == .id ? titleId : titleEn }
}

/// A concrete follow-up action somebody must finish.
public struct FollowUpAction: Sendable, Identifiable {
    public enum Status: String, Sendable, CaseIterable { case open, inProgress, done }
    public var id: String
    public var recommendation: String
    public var titleId: String
    public var titleEn: String
    public var owner: String
    public var due: PartialDate?
    /// True when the due date is inferred rather than stated (e.g. "within a month").
    public var dueInferred: Bool
    public var dueNote: String?
    /// The mission or agreement it follows up, if any.
    public var mission: String?
    public var status: Status
    public var source: String

    public func title(_ lang: Language) -> String { lang == .id ? titleId : titleEn }
}

/// An obstacle the sources name.
public struct Obstacle: Sendable, Identifiable {
    public var id: String
    public var textId: String
    public var textEn: String
    public var region: String?
    public var commodity: String?
    public var source: String
}

/// A sourced statistic that is not a deal: production, trade volume, a published cumulative total.
public struct Indicator: Sendable, Identifiable {
    public var id: String
    public var subject: String
    public var period: String
    public var region: String?
    public var commodity: String?
    public var valueRupiah: Int64?
    public var quantity: String?
    public var unit: String?
    public var source: String
    public var note: String?
}
