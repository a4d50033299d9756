/// Checks a deal or mission before it is recorded, the same way for the dashboard form, the
/// command line and CSV import; nothing is written unless every check passes.
public enum DealDesk {
    /// Above this a form asks for confirmation: a mistyped scale must not reach the projector.
    public static let confirmAbove: Int64 = 50_000_000_000

    /// Every mission or agreement a deal can be recorded against (what `summary` lists).
    public static func places(_ ds: Dataset) -> Set<String> {
        Set(ds.missions.map(\.id)).union(ds.agreements.map(\.id))
    }

    /// Problems with `deal`, as sentences; empty when it can be recorded.
    public static func problems(_ deal: Deal, in ds: Dataset, places: Set<String>? = nil, dealIds: Set<String>? = nil,
                                lang: Language = .en) -> [String] {
        // An id with a control character is refused before anything is looked up by it.
        let ids: [(String, String?)] = [("id", deal.id), ("mission", deal.mission), ("commodity", deal.commodity), ("product", deal.product)]
        let refused = ids.compactMap { name, value in value.map(Identifier.isSafe) == false ? "\(name) " + Identifier.refusal(lang) : nil }
        if !refused.isEmpty { return refused }
        var out: [String] = []
        let t = { (id: String, en: String) in lang == .id ? id : en }
        if !(places ?? Self.places(ds)).contains(deal.mission) {
            out.append(t("misi \"\(Sanitizer.line(deal.mission))\" tidak ada", "there is no mission or agreement \"\(Sanitizer.line(deal.mission))\""))
        }
        if let c = deal.commodity, ds.commodity(c) == nil {
            out.append(t("komoditas \"\(Sanitizer.line(c))\" tidak ada", "there is no commodity \"\(Sanitizer.line(c))\"") +
                       " (" + ds.commodities.map(\.id).joined(separator: ", ") + ")")
        }
        if let p = deal.product, !ds.products.contains(where: { $0.id == p }) {
            out.append(t("produk \"\(Sanitizer.line(p))\" tidak ada", "there is no product \"\(Sanitizer.line(p))\""))
        }
        if deal.valueRupiah <= 0 { out.append(t("nilai harus lebih dari nol", "the value must be more than zero")) }
        if let q = deal.quantity, !isQuantity(q) { out.append(t("jumlah \"\(Sanitizer.line(q))\" bukan angka", "the quantity \"\(Sanitizer.line(q))\" is not a number")) }
        if dealIds?.contains(deal.id) ?? (ds.deals.position(ofId: deal.id) != nil) {
            out.append(t("id transaksi \"\(Sanitizer.line(deal.id))\" sudah tercatat", "the deal id \"\(Sanitizer.line(deal.id))\" is already recorded"))
        }
        return out
    }

    /// A quantity as typed, read the Indonesian way (`QuantityInput`): `2.500` → `2500`, `2,5` → `2.5`.
    public static func quantityText(_ s: String) -> String? {
        if case .success(let t) = QuantityInput.parse(s, .id) { t } else { nil }
    }

    /// The text is kept as typed, but it must also be finite as a double: `1e309` is valid JSON,
    /// yet JavaScript and Python read it from the journal or `summary --format json` as infinity,
    /// and Foundation's `JSONDecoder` refuses it, so no real quantity is recorded that way.
    static func isQuantity(_ s: String) -> Bool {
        guard !s.isEmpty, s.count <= 30, s.first != "." else { return false }
        guard (try? JSONParser.parse(Array(s.utf8))).map({ if case .number = $0.value { true } else { false } }) == true else { return false }
        return !s.hasPrefix("-") && Double(s)?.isFinite == true
    }

    /// Whether recording against this mission adds to a figure that was already published as final.
    public static func publishedFinal(_ mission: String, in ds: Dataset) -> Int64? {
        ds.reportedTotals.first { $0.mission == mission && $0.role == .final }?.valueRupiah
    }

    /// How far a mission's total is from its published final (total − final); nil when it has no
    /// final or matches it.
    public static func departureFromFinal(_ mission: String, total: Int64, in ds: Dataset) -> Int64? {
        guard let f = publishedFinal(mission, in: ds), f != total else { return nil }
        return total.subtractingReportingOverflow(f).partialValue
    }

    /// Whether a value must be read back and confirmed (the form's `y`, `--confirm` from scripts):
    /// from `confirmAbove` up, when it is typed anew — a correction that keeps the value asks nothing.
    public static func needsConfirmation(_ deal: Deal, replacing old: Deal? = nil) -> Bool {
        deal.valueRupiah >= confirmAbove && deal.valueRupiah != old?.valueRupiah
    }

    /// Why `old` cannot be corrected, as sentences. A withdrawn deal is not corrected anywhere (the
    /// form, `deal correct`): it stays as it was withdrawn, and a deal that stands is recorded again.
    public static func correctionProblems(_ old: Deal, lang: Language = .en) -> [String] {
        guard old.status == .withdrawn else { return [] }
        let id = Sanitizer.line(old.id)
        return [lang == .id ? "transaksi \"\(id)\" sudah ditarik; transaksi yang ditarik tidak dikoreksi (catat ulang bila masih berlaku)"
                            : "the deal \"\(id)\" is withdrawn; a withdrawn deal is not corrected (record it again if it stands)"]
    }

    /// Why a withdrawal cannot be recorded: it needs a reason, in the journal for whoever reads it later.
    public static func withdrawalProblems(reason: String, lang: Language = .en) -> [String] {
        guard reason.trimmingSpaces.isEmpty else { return [] }
        return [lang == .id ? "alasan penarikan wajib diisi" : "a reason for the withdrawal is required"]
    }

    /// A mission for the day, as `new-mission` and the dashboard create it.
    public static func newMission(id: String?, organiser: Region, partner: Region, city: String, venue: String?, date: PartialDate,
                                  title: String?, theme: String?, target: Int64?, user: String) -> Mission {
        let mid = id ?? "m\(date)-\(partner.id)"
        let src = "desk:" + user
        return Mission(id: mid, title: title ?? "Misi Dagang \(organiser.shortName)–\(partner.name) \(date.year)", organiser: organiser.id,
                       partner: partner.id, city: city, venue: venue, date: date, dateAlternatives: [], timeZone: partner.timeZone,
                       theme: theme, tradingHours: nil, businesses: [], target: target.map { MoneyClaim(valueRupiah: $0, source: src, note: nil) },
                       notes: [], source: src, illustrative: false)
    }
}
