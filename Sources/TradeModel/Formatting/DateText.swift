/// Dates and times the way Indonesian press writes them (`Kamis, 8 Mei 2025`, `17.00 WITA`),
/// and in English. Hand-written for the same reason as `Rupiah`.
public enum DateText {
    static let monthsId = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                           "September", "Oktober", "November", "Desember"]
    static let monthsEn = ["January", "February", "March", "April", "May", "June", "July", "August",
                           "September", "October", "November", "December"]
    static let daysId = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"]
    static let daysEn = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    public static func monthName(_ m: Int, _ lang: Language) -> String {
        (lang == .id ? monthsId : monthsEn)[m - 1]
    }

    /// `Kamis, 8 Mei 2025`, `Mei 2025`, `2021`; English `Thursday, 8 May 2025`.
    public static func long(_ d: PartialDate, _ lang: Language = .id) -> String {
        guard let m = d.month else { return String(d.year) }
        guard let day = d.day, let wd = d.weekday else { return monthName(m, lang) + " " + String(d.year) }
        let dayName = (lang == .id ? daysId : daysEn)[wd]
        return "\(dayName), \(day) \(monthName(m, lang)) \(d.year)"
    }

    /// `8 Mei 2025` without the weekday; shorter for tables.
    public static func medium(_ d: PartialDate, _ lang: Language = .id) -> String {
        guard let m = d.month else { return String(d.year) }
        let name = String(monthName(m, lang).prefix(3))
        guard let day = d.day else { return name + " " + String(d.year) }
        return "\(day) \(name) \(d.year)"
    }

    /// A period as the data stores it (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or two of them as
    /// `from/to`) written for people: `Jan–Jul 2025`, `22 Sep 2024`, `2019–Sep 2025`, `2022–2023`.
    /// Anything else is left as written.
    public static func period(_ s: String, _ lang: Language = .id) -> String {
        let dates = s.split(separator: "/", omittingEmptySubsequences: false).map { PartialDate(parsing: String($0)) }
        guard dates.count <= 2, let a = dates.first ?? nil else { return s }
        guard dates.count == 2 else { return medium(a, lang) }
        guard let b = dates[1] else { return s }
        let end = medium(b, lang)
        // The month and year once where both ends share them (`1–8 Mei 2025`), the year once where
        // both name a month of it (`Jan–Jul 2025`).
        if a.year == b.year, a.month == b.month, let d = a.day, b.day != nil { return "\(d)–" + end }
        if a.year == b.year, a.month != nil, b.month != nil {
            let start = medium(a, lang)
            return String(start.dropLast(String(a.year).count + 1)) + "–" + end
        }
        return medium(a, lang) + "–" + end
    }

    /// Press style `17.00 WITA`; English `17:00 WITA`.
    public static func time(_ t: LocalTime, _ zone: ZoneCode, _ lang: Language = .id) -> String {
        (lang == .id ? t.dotted : t.colon) + " " + zone.rawValue
    }

    /// Times inside a text from the data (`08.00–17.00 WITA`, as the sources write them) in the
    /// language's way: English `08:00–17:00 WITA`. Only an `hh.mm` that is a time of day (hour
    /// 00–23, minutes 00–59) and not part of a longer number changes; Indonesian is left as written.
    public static func clockTimes(_ text: String, _ lang: Language) -> String {
        guard lang == .en else { return text }
        var c = Array(text)
        func digit(_ i: Int) -> Int? { i >= 0 && i < c.count ? c[i].wholeNumberValue.flatMap { c[i].isASCII ? $0 : nil } : nil }
        func numberish(_ i: Int) -> Bool { i >= 0 && i < c.count && (digit(i) != nil || c[i] == "." || c[i] == ",") }
        var i = 0
        while i + 4 < c.count {
            if let h1 = digit(i), let h2 = digit(i + 1), c[i + 2] == ".", let m1 = digit(i + 3), digit(i + 4) != nil,
               h1 * 10 + h2 < 24, m1 < 6, !numberish(i - 1), !numberish(i + 5) {
                c[i + 2] = ":"
                i += 5
            } else {
                i += 1
            }
        }
        return String(c)
    }
}
