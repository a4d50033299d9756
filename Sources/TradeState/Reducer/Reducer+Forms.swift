import TradeModel

extension Reducer {
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
        case .formChoicePrev, .formChoiceNext:
            if case .choice(let ids, let labels, let i) = f.fields[f.focus].kind {
                let step = cmd == .formChoiceNext ? 1 : ids.count - 1
                f.fields[f.focus].kind = .choice(ids, labels: labels, index: (i + step) % ids.count)
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
            let deal = Deal(id: correcting ?? s.newDealId, mission: mission,
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
            if correcting == nil { s.idCounter += 1 }
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
