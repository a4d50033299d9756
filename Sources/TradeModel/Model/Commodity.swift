public struct Commodity: Sendable, Identifiable {
    public var id: String
    public var nameId: String
    public var nameEn: String
    public var unit: String

    public func name(_ lang: Language) -> String { lang == .id ? nameId : nameEn }
}
