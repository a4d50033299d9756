import TradeModel

/// A small form on top of the dashboard: recording or correcting a deal, creating a mission.
/// Values are validated as typed; nothing is written until every field is valid (and, above
/// `DealDesk.confirmAbove`, the value was read back and confirmed).
struct Form: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case deal(mission: String, correcting: String?)
        case mission
    }
    enum FieldKind: Equatable, Sendable {
        case choice([String], labels: [String], index: Int)
        case text(String)
    }
    struct Field: Equatable, Sendable {
        var key: String
        var labelId: String
        var labelEn: String
        var kind: FieldKind
        var text: String { if case .text(let t) = kind { t } else { "" } }
        var choice: String? {
            if case .choice(let ids, _, let i) = kind, i < ids.count { return ids[i].isEmpty ? nil : ids[i] }
            return nil
        }
    }
    var kind: Kind
    var fields: [Field]
    var focus = 0
    var error: String?
    /// The value was read back in words and needs a `y` to be recorded.
    var confirming = false

    func field(_ key: String) -> Field? { fields.first { $0.key == key } }

    static func deal(mission: String, model: DashboardModel, editing: Deal? = nil) -> Form {
        let ds = model.dataset
        let dirs: [Deal.Direction] = [.sell, .buy, .investment]
        let commodities = [""] + ds.commodities.map(\.id)
        let names = ["—"] + ds.commodities.map { $0.nameId + " / " + $0.nameEn }
        let d = editing
        return Form(kind: .deal(mission: mission, correcting: d?.id), fields: [
            Field(key: "direction", labelId: "Arah", labelEn: "Direction",
                  kind: .choice(dirs.map(\.rawValue), labels: dirs.map { Labels.direction($0, .id) + " / " + Labels.direction($0, .en) },
                                index: d.flatMap { dirs.firstIndex(of: $0.direction) } ?? 0)),
            Field(key: "commodity", labelId: "Komoditas", labelEn: "Commodity",
                  kind: .choice(commodities, labels: names, index: d?.commodity.flatMap { commodities.firstIndex(of: $0) } ?? 0)),
            Field(key: "party", labelId: "Pelaku usaha (penyelenggara)", labelEn: "Business (organiser's side)", kind: .text(d?.party ?? "")),
            Field(key: "counterparty", labelId: "Mitra transaksi", labelEn: "Counterparty", kind: .text(d?.counterparty ?? "")),
            Field(key: "quantity", labelId: "Jumlah", labelEn: "Quantity", kind: .text(d?.quantity ?? "")),
            Field(key: "unit", labelId: "Satuan", labelEn: "Unit", kind: .text(d?.unit ?? "")),
            Field(key: "value", labelId: "Nilai (Rp)", labelEn: "Value (Rp)", kind: .text(d.map { Rupiah.exact($0.valueRupiah).replacingRp } ?? "")),
        ], focus: editing == nil ? 0 : 6)
    }

    static func mission(model: DashboardModel) -> Form {
        let regions = model.dataset.regions.filter { $0.kind == .province && $0.id != model.dataset.organiser }
        return Form(kind: .mission, fields: [
            Field(key: "partner", labelId: "Provinsi mitra", labelEn: "Partner province",
                  kind: .choice(regions.map(\.id), labels: regions.map { $0.name + " (" + $0.timeZone.rawValue + ")" }, index: 0)),
            Field(key: "city", labelId: "Kota", labelEn: "City", kind: .text("")),
            Field(key: "venue", labelId: "Tempat", labelEn: "Venue", kind: .text("")),
            Field(key: "date", labelId: "Tanggal (TTTT-BB-HH)", labelEn: "Date (YYYY-MM-DD)", kind: .text(model.today?.description ?? "")),
            Field(key: "target", labelId: "Target (Rp, boleh kosong)", labelEn: "Target (Rp, optional)", kind: .text("")),
        ])
    }

    /// The value field read back: parsed amount or why it is not one.
    var parsedValue: Result<Int64, RupiahInput.Failure>? {
        guard let v = field("value") ?? field("target") else { return nil }
        if v.text.trimmingSpaces.isEmpty && field("target") != nil { return nil }
        return RupiahInput.parse(v.text)
    }
}

extension String {
    /// `Rp1.250.000` → `1.250.000` (the form's value field takes the number).
    var replacingRp: String { hasPrefix("Rp") ? String(dropFirst(2)) : self }
}

extension Reducer {
    /// Typed text into the focused field (a letter in a choice field picks the first option
    /// starting with it). Returns nil when the key is a command.
    static func formText(_ s: inout AppState, _ key: Key) -> [Effect]? {
        guard var f = s.form, !f.confirming else { return nil }
        switch key {
        case .char(let c):
            if case .text(let t) = f.fields[f.focus].kind {
                if t.count < 200 { f.fields[f.focus].kind = .text(t + String(c)) }
            } else if case .choice(let ids, let labels, _) = f.fields[f.focus].kind,
                      let i = labels.firstIndex(where: { Self.label($0, startsWith: c) }) {
                f.fields[f.focus].kind = .choice(ids, labels: labels, index: i)
            }
        case .backspace:
            if case .text(let t) = f.fields[f.focus].kind, !t.isEmpty { f.fields[f.focus].kind = .text(String(t.dropLast())) }
        default:
            return nil
        }
        f.error = nil
        s.form = f
        return []
    }

    /// "Hasil laut / Seafood" starts with h and with s.
    static func label(_ label: String, startsWith c: Character) -> Bool {
        let key = String(c).lowercased()
        return label.lowercased().split(separator: "/").contains { String($0).trimmingSpaces.hasPrefix(key) }
    }

    static func formCommand(_ s: inout AppState, _ cmd: Command, _ model: DashboardModel) -> [Effect] {
        guard var f = s.form else { return [] }
        switch cmd {
        case .formCancel: s.form = nil; return []
        case .formConfirm:
            s.form = nil
            return submit(f, &s, model, confirmed: true)
        case .formReject: f.confirming = false
        case .formNext: f.focus = (f.focus + 1) % f.fields.count
        case .formPrev: f.focus = (f.focus + f.fields.count - 1) % f.fields.count
        case .formChoice:
            if case .choice(let ids, let labels, let i) = f.fields[f.focus].kind {
                f.fields[f.focus].kind = .choice(ids, labels: labels, index: (i + 1) % ids.count)
            }
        case .formSubmit:
            if f.focus < f.fields.count - 1 { f.focus += 1; break }
            s.form = f
            return submit(f, &s, model, confirmed: false)
        default: break
        }
        s.form = f
        return []
    }

    /// Validates everything; records only a complete, valid change.
    static func submit(_ f: Form, _ s: inout AppState, _ model: DashboardModel, confirmed: Bool) -> [Effect] {
        var f = f
        let l = s.lang
        func fail(_ m: String) -> [Effect] { f.error = m; s.form = f; return [] }
        switch f.kind {
        case .deal(let mission, let correcting):
            guard case .success(let value)? = f.parsedValue else {
                if case .failure(let e)? = f.parsedValue { return fail(e.sentence(l)) }
                return fail(UIText.t("nilai kosong", "the value is empty", l))
            }
            var quantity: String?
            let q = f.field("quantity")?.text.trimmingSpaces ?? ""
            if !q.isEmpty {
                guard let t = DealDesk.quantityText(q) else { return fail(UIText.t("jumlah bukan angka", "the quantity is not a number", l)) }
                quantity = t
            }
            let commodity = f.field("commodity")?.choice
            func text(_ k: String) -> String? { f.field(k).map(\.text.trimmingSpaces).flatMap { $0.isEmpty ? nil : $0 } }
            let old = correcting.flatMap { id in model.dataset.deals.first { $0.id == id } }
            let deal = Deal(id: correcting ?? DealDesk.newDealId(), mission: mission,
                            direction: Deal.Direction(rawValue: f.field("direction")?.choice ?? "sell") ?? .sell,
                            commodity: commodity, product: old?.product, description: old?.description, quantity: quantity,
                            unit: text("unit") ?? (quantity != nil ? commodity.flatMap { model.dataset.commodity($0)?.unit } : nil),
                            valueRupiah: value, status: old?.status ?? .committed, kind: old?.kind ?? .itemised, includedIn: old?.includedIn,
                            party: text("party"), counterparty: text("counterparty"), source: old?.source ?? ("desk:" + s.user), note: old?.note)
            let problems = DealDesk.problems(deal, in: model.dataset, dealIds: correcting == nil ? nil : [], lang: l)
            if let p = problems.first { return fail(p) }
            if value >= DealDesk.confirmAbove && !confirmed {
                f.confirming = true
                s.form = f
                return []
            }
            s.form = nil
            return [.record([correcting == nil ? .dealRecorded(deal) : .dealCorrected(deal)], undoes: nil, purpose: .change)]
        case .mission:
            guard let pid = f.field("partner")?.choice, let partner = model.dataset.region(pid),
                  let org = model.dataset.region(model.dataset.organiser) else { return fail("?") }
            let city = f.field("city")?.text.trimmingSpaces ?? ""
            if city.isEmpty { return fail(UIText.t("kota wajib diisi", "the city is required", l)) }
            guard let date = PartialDate(parsing: f.field("date")?.text.trimmingSpaces ?? ""), date.day != nil else {
                return fail(UIText.t("tanggal tidak ada; tulis TTTT-BB-HH", "not a date that exists; use YYYY-MM-DD", l))
            }
            var target: Int64?
            if case .failure(let e)? = f.parsedValue { return fail(e.sentence(l)) }
            if case .success(let v)? = f.parsedValue { target = v }
            let venue = f.field("venue")?.text.trimmingSpaces ?? ""
            let m = DealDesk.newMission(id: nil, organiser: org, partner: partner, city: city, venue: venue.isEmpty ? nil : venue,
                                        date: date, title: nil, theme: nil, target: target, user: s.user)
            if DealDesk.places(model.dataset).contains(m.id) {
                return fail(UIText.t("misi \(m.id) sudah ada", "the mission \(m.id) already exists", l))
            }
            s.form = nil
            return [.record([.missionCreated(m)], undoes: nil, purpose: .change)]
        }
    }
}
