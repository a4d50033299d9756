import Glibc
import TradeModel

/// The header clock: the machine's local date and time with its zone, e.g. `Sen 23 Nov 2026 08.15 WIB`,
/// the zone named as everywhere else (`LocalZone.abbreviation`: `UTC`, never `UTC+00:00` in one
/// place and `UTC` in another).
enum Clock {
    static let daysId = ["Min", "Sen", "Sel", "Rab", "Kam", "Jum", "Sab"]
    static let daysEn = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

    static func text(_ lang: Language) -> String {
        var t = time(nil)
        var tmv = tm()
        guard localtime_r(&t, &tmv) != nil else { return "" }
        let zone = LocalZone(offsetMinutes: Int(tmv.tm_gmtoff) / 60, name: tmv.tm_zone.map { String(cString: $0) }).abbreviation
        let day = (lang == .id ? daysId : daysEn)[Int(tmv.tm_wday) % 7]
        let month = String(DateText.monthName(Int(tmv.tm_mon) + 1, lang).prefix(3))
        let hm = pad(Int(tmv.tm_hour)) + (lang == .id ? "." : ":") + pad(Int(tmv.tm_min))
        return "\(day) \(tmv.tm_mday) \(month) \(Int(tmv.tm_year) + 1900) \(hm) \(zone)"
    }

    /// Milliseconds on the monotonic clock, for intervals (polls, animation, benchmarks).
    static func monotonicMs() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1e6
    }

    private static func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
}
