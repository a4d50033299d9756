import TradeModel

extension Reducer {
    /// The deal selected in a deal list (nil, with the status saying why, when it left the list).
    static func selectedDeal(_ s: inout AppState, _ model: DashboardModel) -> Deal? {
        // An open deal line is the one acted on.
        if case .deal? = s.detail { return openedDeal(s, model) }
        guard let id = s.listID, id == .deals || id == .missionDeals, case .deal(let d)? = chosen(id, &s, model) else { return nil }
        let rows = id == .deals ? s.dealRows : s.missionDealRows
        let c = s.lists[id]?.cursor ?? 0
        return dealIndex(d, model, hint: c < rows.count ? rows[c] : nil).map { model.dataset.deals[Int($0)] }
    }

    /// Opening the deal desk's forms: record (`a`), new mission (`N`), correct (`e`), withdraw (`x`).
    static func deskCommand(_ s: inout AppState, _ cmd: Command, _ model: DashboardModel) {
        switch cmd {
        case .addDeal:
            // Where the person came from: a mission (row, detail, deal lines) or a commodity (row,
            // deal lines). An agreement is not a mission deals are recorded into.
            var mission: String?, commodity: String?
            switch s.details[s.panel] {
            case .mission(let id)?, .missionDeals(let id)?: mission = id
            case .deals(let c)?: commodity = c
            case .deal?:
                if let d = selectedDeal(&s, model) { (mission, commodity) = (d.mission, d.commodity) }
            default:
                if s.panel == .missions, case .mission(let id)? = chosen(.missions, &s, model) { mission = id }
                if s.panel == .commodities, case .commodity(let c, _)? = chosen(.commodities, &s, model) { commodity = c }
            }
            let missions = Picker.missionOrder(model)
            guard let start = [mission, s.dealDefaults?.mission, missions.first].compactMap({ $0 }).first(where: missions.contains) else {
                s.status = StatusMessage(text: UIText.t("Belum ada misi untuk dicatat; buat dulu dengan N", "No mission to record into yet; create one with N", s.lang),
                                         isError: true)
                return
            }
            s.form = .deal(mission: start, commodity: commodity.flatMap { $0.isEmpty ? nil : $0 }, remembered: s.dealDefaults, model: model, lang: s.lang)
            restoreDraft(&s)
        case .newMission:
            s.form = .mission(model: model)
            restoreDraft(&s)
        case .correctDeal:
            guard let d = selectedDeal(&s, model) else { return }
            guard d.status != .withdrawn else {
                s.status = StatusMessage(text: UIText.t("Transaksi ini sudah ditarik", "This deal is withdrawn", s.lang), isError: true)
                return
            }
            s.form = .deal(mission: d.mission, model: model, editing: d, lang: s.lang)
            restoreDraft(&s)
        case .withdrawDeal:
            guard let d = selectedDeal(&s, model), d.status != .withdrawn else { return }
            s.prompt = Prompt(kind: .withdraw, actionId: d.id, text: "", basedOn: model.dataset.version(ofDeal: d.id))
        default: break
        }
    }

    /// The withdraw prompt's Enter: a reason is required, and the totals must stay true without the line.
    static func submitWithdrawal(_ p: Prompt, _ s: inout AppState, _ model: DashboardModel) -> [Effect] {
        var p = p
        let reason = p.text.trimmingSpaces
        let ds = model.dataset
        guard let d = ds.deals.position(ofId: p.actionId).map({ ds.deals[$0] }), d.status != .withdrawn else {
            s.prompt = nil
            s.status = StatusMessage(text: UIText.t("Transaksi ini sudah ditarik", "This deal is withdrawn", s.lang), isError: true)
            return []
        }
        let problems = DealDesk.withdrawalProblems(reason: reason, lang: s.lang)
            + DealDesk.totalsProblems([.withdrawal(d)], in: ds, totals: model.aggregates, missionDeals: model.deals(of:), lang: s.lang)
        if let first = problems.first {
            p.error = first
            s.prompt = p
            return []
        }
        s.prompt = nil
        return [.record([.dealWithdrawn(dealId: d.id, reason: reason)], undoes: nil, basedOn: p.basedOn, purpose: .change)]
    }
}
