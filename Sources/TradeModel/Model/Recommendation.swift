/// One of the six recommendations of the 2025 paper, grouping follow-up actions.
public struct Recommendation: Sendable, Identifiable {
    public var id: String
    public var order: Int
    public var titleId: String
    public var titleEn: String
    public var source: String

    public func title(_ lang: Language) -> String { lang == .id ? titleId : titleEn }
}
