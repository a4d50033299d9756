import TradeModel

extension Reducer {
    static func formCommand(_ s: inout AppState, _ cmd: Command, _ model: DashboardModel) -> [Effect] {
        guard var f = s.form else { return [] }
        switch cmd {
        case .formCancel: keepDraft(&s, f); return []
        case .formDiscard:
            s.form = nil
            dropDraft(&s, f)
            s.status = StatusMessage(text: UIText.t("Isian dibuang", "The form was discarded", s.lang), isError: false)
            return []
        case .formConfirm:
            s.form = nil
            return submit(f, &s, model, confirmed: true)
        case .formReject: f.confirming = false
        case .formNext: f.focus = (f.focus + 1) % f.fields.count
        case .formPrev: f.focus = (f.focus + f.fields.count - 1) % f.fields.count
        case .formChoicePrev, .formChoiceNext:
            // ←/→ step a choice, and move the cursor in a text field.
            guard !f.confirming, case .choice(let ids, let labels, let i) = f.fields[f.focus].kind, !ids.isEmpty else {
                editForm(&s, cmd, nil, model)
                return []
            }
            let step = cmd == .formChoiceNext ? 1 : ids.count - 1
            let old = f.fields[f.focus].choice
            f.fields[f.focus].kind = .choice(ids, labels: labels, index: (i + step) % ids.count)
            if f.fields[f.focus].key == "commodity" { followCommodity(&f, from: old, model) }
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
        case .deal(_, let correcting):
            guard let mission = f.dealMission, !mission.isEmpty else {
                return fail(UIText.t("belum ada misi; buat dulu dengan N", "there is no mission yet; create one with N", l))
            }
            guard case .success(let value)? = f.parsedValue(l) else {
                if case .failure(let e)? = f.parsedValue(l) { return fail(e.sentence(l, reading: l)) }
                return fail(UIText.t("nilai kosong", "the value is empty", l))
            }
            var quantity: String?
            let q = f.field("quantity")?.text.trimmingSpaces ?? ""
            if !q.isEmpty {
                switch QuantityInput.parse(q, l) {
                case .success(let t): quantity = t
                case .failure(let e): return fail(e.sentence(l, reading: l))
                }
            }
            let ds = model.dataset
            let old = correcting.flatMap { id in ds.deals.position(ofId: id).map { ds.deals[$0] } }
            if correcting != nil && old == nil { return fail(UIText.t("transaksi ini tidak ada lagi", "this deal is no longer there", l)) }
            if let old, let p = DealDesk.correctionProblems(old, lang: l).first { return fail(p) }
            let commodity = f.field("commodity")?.choice
            func text(_ k: String) -> String? { f.field(k).map(\.text.trimmingSpaces).flatMap { $0.isEmpty ? nil : $0 } }
            // A correction changes what the form shows and keeps every other field of the line.
            var deal = old ?? Deal(id: s.newDealId, mission: mission, direction: .sell, valueRupiah: value, status: .committed,
                                   kind: .itemised, source: "desk:" + s.user)
            deal.direction = Deal.Direction(rawValue: f.field("direction")?.choice ?? "sell") ?? .sell
            deal.commodity = commodity
            deal.quantity = quantity
            // The unit recorded is the one the form shows; a new deal's only with a quantity (the form says so).
            deal.unit = old == nil && quantity == nil ? nil : text("unit")
            deal.valueRupiah = value
            deal.party = text("party")
            deal.counterparty = text("counterparty")
            if let old, deal == old {
                s.form = nil
                dropDraft(&s, f)
                s.status = StatusMessage(text: UIText.t("Tidak ada yang berubah; tidak ada yang dicatat", "Nothing changed; nothing was recorded", l),
                                         isError: false)
                return []
            }
            if let p = DealDesk.problems(deal, in: ds, dealIds: old == nil ? nil : [], lang: l).first { return fail(p) }
            let change = DeskChange(old: old, new: deal)
            if let p = DealDesk.totalsProblems([change], in: ds, totals: model.aggregates, missionDeals: model.deals(of:), lang: l).first {
                return fail(p)
            }
            if DealDesk.needsConfirmation(deal, replacing: old) && !confirmed {
                f.confirming = true
                s.form = f
                return []
            }
            s.form = nil
            dropDraft(&s, f)
            if old == nil {
                s.idCounter += 1
                s.dealDefaults = DealDefaults(mission: mission, direction: deal.direction, commodity: commodity, unit: text("unit"), party: deal.party)
            }
            return [.record([old == nil ? .dealRecorded(deal) : .dealCorrected(deal)], undoes: nil,
                            basedOn: old == nil ? nil : f.basedOn, purpose: .change)]
        case .mission:
            guard let pid = f.field("partner")?.choice, let partner = model.dataset.region(pid),
                  let org = model.dataset.region(model.dataset.organiser) else { return fail("?") }
            let city = f.field("city")?.text.trimmingSpaces ?? ""
            if city.isEmpty { return fail(UIText.t("kota wajib diisi", "the city is required", l)) }
            guard let date = PartialDate(parsing: f.field("date")?.text.trimmingSpaces ?? ""), date.day != nil else {
                return fail(UIText.t("tanggal tidak ada; tulis TTTT-BB-HH", "not a date that exists; use YYYY-MM-DD", l))
            }
            var target: Int64?
            if case .failure(let e)? = f.parsedValue(l) { return fail(e.sentence(l, reading: l)) }
            if case .success(let v)? = f.parsedValue(l) { target = v }
            let venue = f.field("venue")?.text.trimmingSpaces ?? ""
            let m = DealDesk.newMission(id: nil, organiser: org, partner: partner, city: city, venue: venue.isEmpty ? nil : venue,
                                        date: date, title: nil, theme: nil, target: target, user: s.user)
            if DealDesk.places(model.dataset).contains(m.id) {
                return fail(UIText.t("misi \(m.id) sudah ada", "the mission \(m.id) already exists", l))
            }
            s.form = nil
            dropDraft(&s, f)
            return [.record([.missionCreated(m)], undoes: nil, purpose: .change)]
        }
    }
}
