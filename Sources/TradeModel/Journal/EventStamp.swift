/// A journal time as the writers make it, `2026-11-23T01:02:03Z`, held as seconds since
/// 1970-01-01 UTC (8 bytes, against a 20-character string). Only that exact form is turned into a
/// number — a real date from 1900 to 2200, hour < 24, minutes and seconds < 60 — so the number
/// always prints back to the same text (`text`); anything else stays text where it is kept.
enum EventStamp {
    static func seconds(_ s: String) -> Int64? {
        var s = s
        return s.withUTF8 { seconds($0) }
    }

    static func seconds(_ b: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard b.count == 20, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
              b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"), b[19] == UInt8(ascii: "Z") else { return nil }
        func number(_ from: Int, _ n: Int) -> Int? {
            var v = 0
            for i in from..<(from + n) {
                let c = b[i]
                guard c >= 0x30, c <= 0x39 else { return nil }
                v = v * 10 + Int(c - 0x30)
            }
            return v
        }
        guard let y = number(0, 4), let mo = number(5, 2), let d = number(8, 2), let h = number(11, 2), let mi = number(14, 2),
              let sec = number(17, 2), h < 24, mi < 60, sec < 60, PartialDate(year: y, month: mo, day: d) != nil else { return nil }
        return Int64(PartialDate.daysFromCivil(y, mo, d)) * 86_400 + Int64(h * 3600 + mi * 60 + sec)
    }

    /// The text `seconds` read (it came from `seconds`, so the year has four digits).
    static func text(_ seconds: Int64) -> String {
        let s = Int(seconds)
        let days = s >= 0 ? s / 86_400 : (s - 86_399) / 86_400
        let t = s - days * 86_400
        let (y, m, d) = DateText.civil(fromDays: days)
        var out = [UInt8](repeating: 0, count: 20)
        func put(_ v: Int, _ at: Int, _ n: Int) {
            var v = v
            for i in stride(from: at + n - 1, through: at, by: -1) { out[i] = UInt8(0x30 + v % 10); v /= 10 }
        }
        put(y, 0, 4); out[4] = UInt8(ascii: "-"); put(m, 5, 2); out[7] = UInt8(ascii: "-"); put(d, 8, 2)
        out[10] = UInt8(ascii: "T"); put(t / 3600, 11, 2); out[13] = UInt8(ascii: ":"); put(t / 60 % 60, 14, 2)
        out[16] = UInt8(ascii: ":"); put(t % 60, 17, 2); out[19] = UInt8(ascii: "Z")
        return String(decoding: out, as: UTF8.self)
    }
}
