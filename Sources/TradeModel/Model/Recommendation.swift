/// A recommendation grouping follow-up actions. The 2025 paper's six are numbered as the paper
/// orders them; any other grouping has no number and says why it exists (`basis`).
public struct Recommendation: Sendable, Identifiable {
    public var id: String
    /// The paper's order (1–6); nil for a grouping not from the paper.
    public var order: Int?
    public var titleId: String
    public var titleEn: String
    public var source: String
    public var basis: Provenance
    /// The obstacle this grouping answers, when it is not one of the paper's recommendations.
    public var addresses: String?

    public init(id: String, order: Int?, titleId: String, titleEn: String, source: String,
                basis: Provenance = .stated, addresses: String? = nil) {
        self.id = id; self.order = order; self.titleId = titleId; self.titleEn = titleEn; self.source = source
        self.basis = basis; self.addresses = addresses
    }

    public func title(_ lang: Language) -> String { lang == .id ? titleId : titleEn }

    /// True for one of the paper's numbered recommendations.
    public var isFromPaper: Bool { order != nil }
}
