/// A local wall-clock time, e.g. 17:00 in the mission's own time zone.
public struct LocalTime: Sendable, Hashable, Comparable {
    public var hour: Int
    public var minute: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Parses `HH:MM`.
    public init?(parsing s: String) {
        let p = s.split(separator: ":", omittingEmptySubsequences: false)
        guard p.count == 2, p[0].count == 2, p[1].count == 2, let h = Int(p[0]), let m = Int(p[1]) else { return nil }
        self.init(hour: h, minute: m)
    }

    public var minutesOfDay: Int { hour * 60 + minute }
    public static func < (a: LocalTime, b: LocalTime) -> Bool { a.minutesOfDay < b.minutesOfDay }

    /// Indonesian press style: `17.00`.
    public var dotted: String { pad2(hour) + "." + pad2(minute) }
    /// ISO style: `17:00`.
    public var colon: String { pad2(hour) + ":" + pad2(minute) }
}
