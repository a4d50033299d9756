#if canImport(Glibc)
import Glibc
#endif
import TradeModel

/// Time and identity for events, from the OS clock (injected into the reducer as values).
public enum JournalClock {
    /// `2026-11-23T01:02:03Z`.
    public static func nowISO() -> String {
        var t = time(nil)
        var g = tm()
        gmtime_r(&t, &g)
        return "\(Int(g.tm_year) + 1900)-\(pad2(Int(g.tm_mon) + 1))-\(pad2(Int(g.tm_mday)))T\(pad2(Int(g.tm_hour))):\(pad2(Int(g.tm_min))):\(pad2(Int(g.tm_sec)))Z"
    }

    /// `20261123T010203`, for file names.
    public static func compactStamp() -> String {
        nowISO().filter { $0 != "-" && $0 != ":" && $0 != "Z" }
    }

    /// A new event id: milliseconds, process id and 48 random bits, unique across writers.
    public static func newEventId() -> String {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        let ms = UInt64(ts.tv_sec) * 1000 + UInt64(ts.tv_nsec) / 1_000_000
        let rnd = UInt64.random(in: 0..<(1 << 48))
        return String(ms, radix: 36) + "-" + String(getpid(), radix: 36) + "-" + String(rnd, radix: 36)
    }

    private static func pad2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

    /// A new deal id: `d-` and a fresh event id, unique across desks.
    public static func newDealId() -> String { "d-" + newEventId() }

    /// Seconds on a clock that never jumps (for how long something has waited).
    public static func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
