/// A specific product that rolls up into a commodity (udang vaname → seafood).
public struct Product: Sendable, Identifiable {
    public var id: String
    public var nameId: String
    public var nameEn: String
    public var commodity: String
}
