/// Interface words in Indonesian (the default) and English, shared by reports and the dashboard.
public enum Labels {
    public static func direction(_ d: Deal.Direction, _ l: Language) -> String {
        switch (d, l) {
        case (.sell, .id): "Jual"
        case (.buy, .id): "Beli"
        case (.investment, .id): "Investasi"
        case (.unspecified, .id): "Arah tidak disebut"
        case (.sell, .en): "Sell"
        case (.buy, .en): "Buy"
        case (.investment, .en): "Investment"
        case (.unspecified, .en): "Unspecified"
        }
    }

    public static func role(_ r: ReportedTotal.Role, _ l: Language) -> String {
        switch (r, l) {
        case (.interim, .id): "sementara"
        case (.final, .id): "angka akhir"
        case (.alternativeFinal, .id): "angka akhir versi lain"
        case (.interim, .en): "interim"
        case (.final, .en): "final"
        case (.alternativeFinal, .en): "other final"
        }
    }

    /// A count in English, singular for one: `1 deal`, `2 deals` (with what agrees with it:
    /// `1 change is`, `2 changes are`). Indonesian does not inflect: `"\(n) transaksi"`.
    public static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) " + (n == 1 ? one : many) }

    public static func grandTotal(_ l: Language) -> String { l == .id ? "Total transaksi" : "Transaction total" }
    public static func lines(_ l: Language) -> String { l == .id ? "baris" : "lines" }
    public static func illustrative(_ l: Language) -> String { l == .id ? "ILUSTRASI" : "ILLUSTRATIVE" }
    public static func missionsHeading(_ l: Language) -> String { l == .id ? "Misi dagang dan kesepakatan" : "Missions and agreements" }
    public static func reportedHeading(_ l: Language) -> String { l == .id ? "Angka yang diumumkan" : "Reported figures" }
    public static func commoditiesHeading(_ l: Language) -> String { l == .id ? "Komoditas" : "Commodities" }
    public static func provincesHeading(_ l: Language) -> String { l == .id ? "Provinsi mitra" : "Partner provinces" }
    public static func yearsHeading(_ l: Language) -> String { l == .id ? "Per tahun" : "By year" }
    public static func balanceHeading(_ l: Language) -> String { l == .id ? "Neraca per mitra (jual − beli)" : "Balance per partner (sell − buy)" }
    public static func checklistHeading(_ l: Language) -> String { l == .id ? "Tindak lanjut" : "Follow-up actions" }
    public static func notSplit(_ l: Language) -> String { l == .id ? "Tidak dirinci per komoditas" : "Not split by commodity" }
    public static func potential(_ l: Language) -> String { l == .id ? "potensi" : "potential" }
    public static func notSummed(_ l: Language) -> String { l == .id ? "tidak dijumlahkan" : "not summed" }
    public static func agreement(_ l: Language) -> String { l == .id ? "kesepakatan" : "agreement" }
    public static func target(_ l: Language) -> String { l == .id ? "target" : "target" }
    /// One name for a letter of intent everywhere: "Surat pernyataan minat (LoI)".
    public static func letterOfIntent(_ l: Language) -> String { l == .id ? "Surat pernyataan minat (LoI)" : "Letters of intent (LoI)" }
    public static func notTransactions(_ l: Language) -> String { l == .id ? "bukan transaksi" : "not transactions" }
    /// A letter of intent's value at its published precision (`Rp3,296 triliun`), never rounded
    /// to `Rp3,3 triliun`.
    public static func letterOfIntentValue(_ v: Int64, _ l: Language) -> String { Rupiah.short(v, l, places: 3) }
    /// After a transaction total: "+ LoI Rp3,296 triliun, bukan transaksi".
    public static func plusLetterOfIntent(_ v: Int64, _ l: Language) -> String {
        l == .id ? "+ LoI \(letterOfIntentValue(v, l)), bukan transaksi" : "+ LoI \(letterOfIntentValue(v, l)), not transactions"
    }
    /// Inside a mission's total (its published final counts it): "termasuk LoI Rp3,296 triliun, bukan transaksi".
    public static func includesLetterOfIntent(_ v: Int64, _ l: Language) -> String {
        l == .id ? "termasuk LoI \(letterOfIntentValue(v, l)), bukan transaksi" : "includes LoI \(letterOfIntentValue(v, l)), not transactions"
    }
    /// A deal's period as the data gives it (`per tahun`), in English where it is one of the usual ones.
    public static func period(_ p: String, _ l: Language) -> String {
        guard l == .en else { return p }
        return ["per tahun": "per year", "per bulan": "per month", "per minggu": "per week"][p.lowercased()] ?? p
    }
    /// "0/11 selesai · 11 belum diketahui": done of all, and how many no source gives a status
    /// for, so that unknown never reads as not done.
    public static func progress(done: Int, total: Int, unknown: Int, _ l: Language) -> String {
        (l == .id ? "\(done)/\(total) selesai" : "\(done)/\(total) done") + (unknown == 0 ? "" : l == .id ? " · \(unknown) belum diketahui" : " · \(unknown) unknown")
    }
    public static func overdue(_ l: Language) -> String { l == .id ? "terlambat" : "overdue" }
}
