public struct Region: Sendable, Identifiable {
    public enum Kind: String, Sendable, CaseIterable { case province, foreign }
    public var id: String
    public var kind: Kind
    /// Kemendagri code for provinces ("35"); nil where the sources give none.
    public var code: String?
    public var name: String
    public var shortName: String
    public var country: String
    public var timeZone: ZoneCode
    public var source: String?
    /// Where the zone comes from (Keppres 41/1987 for WIB, WITA, WIT).
    public var timeZoneSource: String?
    public var note: LocalText?
}
