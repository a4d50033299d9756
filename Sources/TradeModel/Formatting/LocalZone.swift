/// The zone a person reads times in: the machine's offset from UTC and the short name the OS gives
/// it, read once from the OS by the executable and passed in as data (nothing in the pure targets
/// asks the OS). Journal times are UTC; the screen and the reports show them in this zone, and the
/// header clock names it the same way (`abbreviation`).
public struct LocalZone: Sendable, Hashable {
    /// Minutes east of UTC (WIB is 420).
    public var offsetMinutes: Int
    /// The OS's short name for the zone (`WIB`, `UTC`, `JST`), when it has one.
    public var name: String?

    public init(offsetMinutes: Int, name: String? = nil) {
        self.offsetMinutes = offsetMinutes
        self.name = name
    }

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

    /// One name everywhere (header clock, histories, reports): `WIB`, `WITA`, `WIT` for Indonesia's
    /// three offsets (Keppres 41/1987); else the OS's short name where it is one (letters: `UTC`,
    /// `CET`); else `UTC` for UTC and `UTC+hh:mm` for the rest (tzdata writes `+03` for a zone
    /// without a name).
    public var abbreviation: String {
        switch offsetMinutes {
        case 7 * 60: return "WIB"
        case 8 * 60: return "WITA"
        case 9 * 60: return "WIT"
        default: break
        }
        if let n = name, (2...6).contains(n.count), n.allSatisfy({ $0.isASCII && $0.isLetter }) { return n }
        if offsetMinutes == 0 { return "UTC" }
        return "UTC" + (offsetMinutes < 0 ? "-" : "+") + pad2(abs(offsetMinutes) / 60) + ":" + pad2(abs(offsetMinutes) % 60)
    }
}
