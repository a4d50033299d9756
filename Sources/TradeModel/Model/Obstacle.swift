/// An obstacle the sources name.
public struct Obstacle: Sendable, Identifiable {
    public var id: String
    public var textId: String
    public var textEn: String
    public var region: String?
    public var commodity: String?
    public var source: String
    public var basis: Provenance = .stated
}
