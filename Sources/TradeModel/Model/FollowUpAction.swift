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
