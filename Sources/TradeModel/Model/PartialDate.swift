/// A calendar date known to the day, the month or only the year, as sources give them.
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1900...2200).contains(year) else { return nil }
        if let month { guard (1...12).contains(month) else { return nil } }
        if let day {
            guard let month, (1...PartialDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; rejects dates that do not exist (2025-02-30).
    public init?(parsing s: String) {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts[0].count == 4, let y = Int(parts[0]) else { return nil }
        var m: Int?
        var d: Int?
        if parts.count >= 2 { guard parts[1].count == 2, let v = Int(parts[1]) else { return nil }; m = v }
        if parts.count == 3 { guard parts[2].count == 2, let v = Int(parts[2]) else { return nil }; d = v }
        self.init(year: y, month: m, day: d)
    }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// ISO form, as written in fixtures.
    public var description: String {
        var s = String(year)
        if let month { s += "-" + (month < 10 ? "0" : "") + String(month) }
        if let day { s += "-" + (day < 10 ? "0" : "") + String(day) }
        return s
    }

    /// 0 = Sunday … 6 = Saturday, when the day is known.
    public var weekday: Int? {
        guard let month, let day else { return nil }
        return Int(((PartialDate.daysFromCivil(year, month, day) % 7) + 11) % 7)
    }

    /// Days since 1970-01-01 of a date known to the day (nil otherwise): where a local time on the
    /// day meets journal times, which are UTC.
    public var daysSince1970: Int? {
        guard let month, let day else { return nil }
        return PartialDate.daysFromCivil(year, month, day)
    }

    /// Days since 1970-01-01 (Howard Hinnant's algorithm), for ordering and weekdays.
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// Unknown parts sort first within their year/month.
    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }
}

@inline(__always) func pad2(_ v: Int) -> String { v < 10 ? "0" + String(v) : String(v) }

