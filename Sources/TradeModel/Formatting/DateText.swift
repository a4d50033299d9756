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

    /// Press style `17.00 WITA`.
    public static func time(_ t: LocalTime, _ zone: ZoneCode, _ lang: Language = .id) -> String {
        (lang == .id ? t.dotted : t.colon) + " " + zone.rawValue
    }
}
