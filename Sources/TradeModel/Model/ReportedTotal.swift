/// A figure announced during (or after) a mission day, with its local time.
public struct ReportedTotal: Sendable, Identifiable {
    public enum Role: String, Sendable, CaseIterable {
        /// A running total announced during the day.
        case interim
        /// The accepted final; the mission's fixture lines must add up to it.
        case final
        /// Another final printed elsewhere that disagrees with the accepted one.
        case alternativeFinal
    }
    public var id: String
    public var mission: String
    public var role: Role
    public var valueRupiah: Int64
    public var localTime: LocalTime?
    /// True when the source says only "midday" and the time is placed at 12:00 for charts.
    public var timeApproximate: Bool
    public var timeNote: LocalText?
    public var conflictsWith: [String]
    public var source: String
    public var note: LocalText?
    /// Stated by its source (the default), or inferred/derived.
    public var basis: Provenance = .stated
}
