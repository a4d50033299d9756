/// The words the `summary` and `checklist` reports use beyond the shared `Labels`: what a total
/// covers, letters of intent, missing finals, inferences and citations.
enum ReportWords {
    private static func t(_ id: String, _ en: String, _ l: Language) -> String { l == .id ? id : en }

    /// What a data-set-wide figure is: "12 misi dalam data ini, bukan angka resmi".
    static func scope(_ missions: Int, _ l: Language) -> String {
        TotalsScope.Part(missions: missions).note(l)
    }

    static func scopeText(_ missions: Int) -> LocalText { LocalText(id: scope(missions, .id), en: scope(missions, .en)) }

    /// "1 baris", "2 lines".
    static func lines(_ n: Int, _ l: Language) -> String { t("\(n) baris", Labels.count(n, "line", "lines"), l) }

    static func finalNotFound(_ l: Language) -> String { t("angka akhir tidak ditemukan", "final not found", l) }
    static let finalNotFoundText = LocalText(id: finalNotFound(.id), en: finalNotFound(.en))

    static func letterOfIntent(_ l: Language) -> String { Labels.letterOfIntent(l) }
    static func letterOfIntentApart(_ l: Language) -> String {
        t("bukan transaksi, di luar total transaksi", "not transactions, kept out of the transaction total", l)
    }
    static func includesLetterOfIntent(_ v: Int64, _ l: Language) -> String {
        t("termasuk LoI \(Rupiah.exact(v, l))", "includes LoI \(Rupiah.exact(v, l))", l)
    }
    /// After a transaction figure: the letters of intent left out of it.
    static func plusLetterOfIntent(_ v: Int64, _ l: Language) -> String {
        t("di luar LoI \(Rupiah.exact(v, l))", "LoI \(Rupiah.exact(v, l)) kept apart", l)
    }
    static func noSellBuySplit(_ l: Language) -> String { t("rincian jual–beli tidak diumumkan", "no sell/buy split published", l) }
    static func unvalued(_ l: Language) -> String { t("tidak bernilai dalam sumber", "no value in the sources", l) }
    static let unvaluedText = LocalText(id: unvalued(.id), en: unvalued(.en))
    static func agreementNotTransactions(_ l: Language) -> String { t("kesepakatan, bukan transaksi", "an agreement, not transactions", l) }
    /// A partner's balance sums only its missions with a sell/buy split, and is ours.
    static func balanceScope(_ split: Int, of missions: Int, _ l: Language) -> String {
        t("∑ dihitung, bukan angka resmi; hanya misi dengan rincian jual–beli: \(split) dari \(missions)",
          "∑ derived, not an official figure; only missions with a sell/buy split: \(split) of \(missions)", l)
    }
    static func dateWord(_ l: Language) -> String { t("tanggal", "date", l) }
    static func businesses(_ l: Language) -> String { t("pelaku usaha", "businesses", l) }
    static func conflictsHeading(_ l: Language) -> String { t("Sumber yang berbeda (≠)", "Sources that disagree (≠)", l) }
    static func sumWithLetters(_ l: Language) -> String { t("Jumlah termasuk LoI", "Sum including LoI", l) }
    static func notFromPaper(_ l: Language) -> String { t("Di luar makalah", "Not from the paper", l) }
    static func notFromPaperShort(_ l: Language) -> String { t("di luar makalah", "not from the paper", l) }

    // Checklist

    static func report(_ l: Language) -> String { t("Laporan tindak lanjut", "Follow-up report", l) }
    static func done(_ l: Language) -> String { t("Selesai", "Done", l) }
    static func asOf(_ l: Language) -> String { t("per", "as of", l) }
    static func source(_ l: Language) -> String { t("Sumber", "Source", l) }
    static func owner(_ l: Language) -> String { t("Penanggung jawab", "Owner", l) }
    static func due(_ l: Language) -> String { t("Tenggat", "Due", l) }
    static func status(_ l: Language) -> String { t("Status", "Status", l) }
    /// The mission or agreement an action belongs to, as the dashboard says it.
    static func linkedTo(_ l: Language) -> String { t("Terkait", "Linked to", l) }
    static func note(_ l: Language) -> String { t("Catatan", "Note", l) }
    static func addresses(_ l: Language) -> String { t("Menjawab hambatan", "Addresses the obstacle", l) }
    static func pastInferredDue(_ l: Language) -> String {
        t("lewat perkiraan tenggat (disimpulkan)", "past the inferred due date", l)
    }
    static func legend(_ l: Language) -> String {
        t("≈ disimpulkan: bukan pernyataan sumber · ∑ dihitung dari angka lain",
          "≈ inferred: not stated by the source · ∑ derived from other figures", l)
    }
    static func obstaclesFromPaper(_ l: Language) -> String { t("Hambatan menurut makalah", "Obstacles the paper names", l) }
    static func obstaclesElsewhere(_ l: Language) -> String { t("Hambatan menurut sumber lain", "Obstacles other sources name", l) }
    static func obstacles(_ l: Language) -> String { t("Hambatan", "Obstacles", l) }
    static func indicators(_ l: Language) -> String { t("Indikator", "Indicators", l) }

    static func status(_ s: FollowUpAction.Status, _ l: Language) -> String {
        switch s {
        case .unknown: t("belum diketahui", "unknown", l)
        case .open: t("belum selesai", "open", l)
        case .inProgress: t("berjalan", "in progress", l)
        case .done: t("selesai", "done", l)
        }
    }

    /// "≈ disimpulkan: <reason>" for a claim that is not stated; "" for a stated one.
    static func basis(_ p: Provenance, _ l: Language) -> String {
        guard !p.isStated else { return "" }
        let reason = p.reason.map { ": " + $0.text(l) } ?? ""
        let from = p.from.isEmpty ? "" : " (\(t("dari", "from", l)) \(p.from.joined(separator: ", ")))"
        return p.kind.mark(l) + reason + from
    }

    /// Why commodity figures are marked, one line per reason with the lines it concerns:
    /// "≈ tidak ada sumber yang menempatkan … (dari d2025-maluku-bmi, …)".
    static func commodityReasons(_ entries: [CommodityBasis.Entry], _ l: Language) -> [String] {
        var order: [String] = []
        var lines: [String: [String]] = [:]
        var glyph: [String: String] = [:]
        for e in entries where !e.provenance.isStated {
            let reason = e.provenance.reason?.text(l) ?? ""
            if lines[reason] == nil { order.append(reason) }
            glyph[reason] = glyph[reason] == Provenance.Kind.inferred.glyph ? glyph[reason] : e.provenance.kind.glyph
            for id in e.lines where !(lines[reason] ?? []).contains(id) { lines[reason, default: []].append(id) }
        }
        return order.map { "\(glyph[$0] ?? "") \($0) (\(t("dari", "from", l)) \(lines[$0]!.joined(separator: ", ")))" }
    }

    /// A commodity figure's basis in one cell: "≈ disimpulkan, per tahun: <reason> (dari …)".
    static func commodityBasis(_ e: CommodityBasis.Entry?, _ l: Language) -> String {
        guard let e, !e.provenance.isStated else { return "" }
        let reason = e.provenance.reason.map { ": " + $0.text(l) } ?? ""
        return CommodityBasis.mark(e, l) + reason + " (\(t("dari", "from", l)) \(e.lines.joined(separator: ", ")))"
    }

    /// "publisher, date — “headline” [id]", or "[id]" for a source the data set does not hold.
    static func citation(_ id: String, _ ds: Dataset, _ l: Language) -> String {
        guard let s = ds.source(id) else { return "[\(id)]" }
        var out = s.publisher
        if let d = s.date { out += ", " + DateText.medium(d, l) }
        let h = s.heading(l)
        if !h.isEmpty { out += " — " + h }
        return out + " [\(id)]"
    }
}
