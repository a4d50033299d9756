/// A concrete follow-up action somebody must finish.
public struct FollowUpAction: Sendable, Identifiable {
    /// `unknown`: no source states how far it is (the default for bundled actions until a desk says).
    public enum Status: String, Sendable, CaseIterable { case unknown, open, inProgress, done }
    public var id: String
    public var recommendation: String
    public var titleId: String
    public var titleEn: String
    public var owner: String
    /// Whether a source names the owner or it is our reading.
    public var ownerBasis: Provenance
    public var due: PartialDate?
    /// Whether the due date is stated or inferred (e.g. "within a month"); a date set at a desk is stated.
    public var dueBasis: Provenance
    /// The mission or agreement it follows up, if any.
    public var mission: String?
    public var status: Status
    public var statusBasis: Provenance
    public var source: String

    public init(id: String, recommendation: String, titleId: String, titleEn: String, owner: String,
                ownerBasis: Provenance = .stated, due: PartialDate? = nil, dueBasis: Provenance = .stated,
                mission: String? = nil, status: Status, statusBasis: Provenance = .stated, source: String) {
        self.id = id; self.recommendation = recommendation; self.titleId = titleId; self.titleEn = titleEn
        self.owner = owner; self.ownerBasis = ownerBasis; self.due = due; self.dueBasis = dueBasis
        self.mission = mission; self.status = status; self.statusBasis = statusBasis; self.source = source
    }

    public func title(_ lang: Language) -> String { lang == .id ? titleId : titleEn }

    /// Overdue is asserted only from a stated due date: an inferred one never makes an action late.
    public func isOverdue(today: PartialDate?) -> Bool {
        guard status != .done, let due, let today, dueBasis.isStated else { return false }
        return due < today
    }

    /// Past an inferred due date: shown as a question, never as "overdue".
    public func isPastInferredDue(today: PartialDate?) -> Bool {
        guard status != .done, let due, let today, !dueBasis.isStated else { return false }
        return due < today
    }
}
