/// The zone a person reads times in: the machine's offset from UTC, read once from the OS by the
/// executable and passed in as data (nothing in the pure targets asks the OS). Journal times are
/// UTC; the screen and the reports show them in this zone.
public struct LocalZone: Sendable, Hashable {
    /// Minutes east of UTC (WIB is 420).
    public var offsetMinutes: Int

    public init(offsetMinutes: Int) { self.offsetMinutes = offsetMinutes }

    /// A mission's zone (`WITA`), for times said on its projector.
    public init(_ code: ZoneCode) { offsetMinutes = code.utcOffsetMinutes }

    /// `14.01` (Indonesian) or `14:01`: the time of day in this zone of UTC seconds since 1970.
    public func hourMinute(utcSeconds: Int, _ lang: Language) -> String {
        let t = ((utcSeconds + offsetMinutes * 60) % 86_400 + 86_400) % 86_400
        return pad2(t / 3600) + (lang == .id ? "." : ":") + pad2(t / 60 % 60)
    }

    public static let utc = LocalZone(offsetMinutes: 0)
    public static let wib = LocalZone(offsetMinutes: 7 * 60)
    public static let wita = LocalZone(offsetMinutes: 8 * 60)
    public static let wit = LocalZone(offsetMinutes: 9 * 60)

    /// `WIB`, `WITA`, `WIT` for Indonesia's three zones (Keppres 41/1987), else `UTC+hh:mm`.
    public var abbreviation: String {
        switch offsetMinutes {
        case 7 * 60: "WIB"
        case 8 * 60: "WITA"
        case 9 * 60: "WIT"
        default:
            "UTC" + (offsetMinutes < 0 ? "-" : "+") + pad2(abs(offsetMinutes) / 60) + ":" + pad2(abs(offsetMinutes) % 60)
        }
    }
}
