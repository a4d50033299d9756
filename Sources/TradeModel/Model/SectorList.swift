/// The sectors of an agreement as one source lists them; sources that list them differently each stay.
public struct SectorList: Sendable {
    public var sectors: [String]
    public var source: String
}
