extension DateText {
    /// A journal time (`2026-11-30T07:05:00Z`, UTC) in `zone`: `30 Nov 2026 14.05 WIB` (Indonesian,
    /// a dot between hour and minutes), `30 Nov 2026 14:05 WIB` (English). Text that is not such a
    /// time is returned as it is.
    public static func eventTime(_ iso: String, _ zone: LocalZone, _ lang: Language = .id) -> String {
        guard let utcMinutes = minutesSinceEpoch(iso) else { return iso }
        let local = utcMinutes + zone.offsetMinutes
        let days = local >= 0 ? local / 1440 : (local - 1439) / 1440
        let minuteOfDay = local - days * 1440
        let (y, m, d) = civil(fromDays: days)
        guard let date = PartialDate(year: y, month: m, day: d) else { return iso }
        let hm = pad2(minuteOfDay / 60) + (lang == .id ? "." : ":") + pad2(minuteOfDay % 60)
        return medium(date, lang) + " " + hm + " " + zone.abbreviation
    }

    /// Minutes since 1970-01-01 00:00 UTC of a journal time, nil for text that is not one.
    public static func utcMinutes(_ iso: String) -> Int? { minutesSinceEpoch(iso) }

    /// Minutes since 1970-01-01 00:00 UTC of `YYYY-MM-DDTHH:MM[:SS[.fff]]Z`; seconds are dropped.
    static func minutesSinceEpoch(_ s: String) -> Int? {
        let b = Array(s.utf8)
        guard b.count >= 17, b.last == UInt8(ascii: "Z"), b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
              b[10] == UInt8(ascii: "T"), b[13] == UInt8(ascii: ":") else { return nil }
        func number(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r { guard (48...57).contains(b[i]) else { return nil }; v = v * 10 + Int(b[i] - 48) }
            return v
        }
        guard let y = number(0..<4), let mo = number(5..<7), let d = number(8..<10), let h = number(11..<13), let mi = number(14..<16),
              PartialDate(year: y, month: mo, day: d) != nil, h < 24, mi < 60 else { return nil }
        // After the minutes: `Z`, or `:SS` (and a fraction) then `Z`.
        let rest = b[16..<(b.count - 1)]
        if !rest.isEmpty {
            guard rest.count >= 3, rest.first == UInt8(ascii: ":"), number(17..<19).map({ $0 < 61 }) == true else { return nil }
            let fraction = rest.dropFirst(3)
            guard fraction.isEmpty || (fraction.count >= 2 && fraction.first == UInt8(ascii: ".")
                                       && fraction.dropFirst().allSatisfy { (48...57).contains($0) }) else { return nil }
        }
        return PartialDate.daysFromCivil(y, mo, d) * 1440 + h * 60 + mi
    }

    /// The calendar date of a day count since 1970-01-01 (Howard Hinnant's algorithm, the inverse
    /// of `PartialDate.daysFromCivil`).
    static func civil(fromDays z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
