/// The words the `summary` report uses beyond the shared `Labels`: what a total covers, letters
/// of intent, missing finals.
enum ReportWords {
    private static func t(_ id: String, _ en: String, _ l: Language) -> String { l == .id ? id : en }

    /// What a data-set-wide figure is: "12 misi dalam data ini, bukan angka resmi".
    static func scope(_ missions: Int, _ l: Language) -> String {
        t("\(missions) misi dalam data ini, bukan angka resmi",
          "\(missions) \(missions == 1 ? "mission" : "missions") in this data set, not an official figure", l)
    }

    static func scopeText(_ missions: Int) -> LocalText { LocalText(id: scope(missions, .id), en: scope(missions, .en)) }

    /// "1 baris", "2 lines".
    static func lines(_ n: Int, _ l: Language) -> String { t("\(n) baris", "\(n) \(n == 1 ? "line" : "lines")", l) }

    static func finalNotFound(_ l: Language) -> String { t("angka akhir tidak ditemukan", "final not found", l) }
    static let finalNotFoundText = LocalText(id: finalNotFound(.id), en: finalNotFound(.en))

    static func letterOfIntent(_ l: Language) -> String { t("Surat pernyataan minat (LoI)", "Letters of intent (LoI)", l) }
    static func letterOfIntentApart(_ l: Language) -> String {
        t("bukan transaksi, di luar total transaksi", "not transactions, kept out of the transaction total", l)
    }
    static func includesLetterOfIntent(_ v: Int64, _ l: Language) -> String {
        t("termasuk LoI \(Rupiah.exact(v))", "includes LoI \(Rupiah.exact(v))", l)
    }
    /// After a transaction figure: the letters of intent left out of it.
    static func plusLetterOfIntent(_ v: Int64, _ l: Language) -> String {
        t("di luar LoI \(Rupiah.exact(v))", "LoI \(Rupiah.exact(v)) kept apart", l)
    }
    static func sumWithLetters(_ l: Language) -> String { t("Jumlah termasuk LoI", "Sum including LoI", l) }
    static func notFromPaperShort(_ l: Language) -> String { t("di luar makalah", "not from the paper", l) }

    /// "≈ disimpulkan: <reason>" for a claim that is not stated; "" for a stated one.
    static func basis(_ p: Provenance, _ l: Language) -> String {
        guard !p.isStated else { return "" }
        let reason = p.reason.map { ": " + $0.text(l) } ?? ""
        let from = p.from.isEmpty ? "" : " (\(t("dari", "from", l)) \(p.from.joined(separator: ", ")))"
        return p.kind.mark(l) + reason + from
    }
}
