/// A programme under an agreement (e.g. the 2014 UMKM cooperation with Osaka).
public struct Programme: Sendable {
    public var date: PartialDate
    public var title: LocalText
    public var items: [LocalText]
    public var source: String
}
