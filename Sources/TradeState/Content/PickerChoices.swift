import TradeModel

/// The choices each picker offers, by name (never a raw id), with how many items each holds.
extension Picker {
    /// Owners of follow-up actions, "all" first, then by name; each with the actions the list
    /// would show were it chosen, the other filters (`s`: status, mission, typed text) as they are.
    public static func owners(_ model: DashboardModel, _ s: AppState) -> Picker {
        let names = Set(model.dataset.actions.map(\.owner)).sorted { a, b in
            let fa = SearchText.fold(a), fb = SearchText.fold(b)
            return fa != fb ? fa.lexicographicallyPrecedes(fb) : a < b
        }
        var t = s
        func shown(_ owner: String?) -> Int {
            t.checklistOwner = owner
            return Reducer.checklistActionCount(t, model)
        }
        let all = Choice(id: nil, label: UIText.t("Semua penanggung jawab", "All owners", s.lang), count: shown(nil))
        return Picker(purpose: .ownerFilter, choices: [all] + names.map { Choice(id: $0, label: $0, count: shown($0)) }, current: s.checklistOwner)
    }

    /// Missions and agreements that have follow-up actions, "all" first, then the most recent
    /// first; each with the actions the list would show were it chosen, the other filters (`s`:
    /// status, owner, typed text) as they are.
    public static func actionMissions(_ model: DashboardModel, _ s: AppState) -> Picker {
        let l = s.lang
        let date = { (id: String) in model.missionIndex[id].map { model.aggregates.missions[$0].date } }
        let ids = Set(model.dataset.actions.compactMap(\.mission)).sorted { a, b in
            switch (date(a), date(b)) {
            case let (x?, y?): x != y ? x > y : a < b
            case (_?, nil): true
            case (nil, _?): false
            case (nil, nil): a < b
            }
        }
        var t = s
        func shown(_ mission: String?) -> Int {
            t.checklistMission = mission
            return Reducer.checklistActionCount(t, model)
        }
        let all = Choice(id: nil, label: UIText.t("Semua misi", "All missions", l), count: shown(nil))
        return Picker(purpose: .missionFilter, choices: [all] + ids.map { choice($0, model, l, count: shown($0)) }, current: s.checklistMission)
    }

    /// The years of the Missions list, "all" first, then the most recent first: each with the rows
    /// it keeps, and how many of them are missions and agreements.
    public static func years(_ model: DashboardModel, current: Int?, _ l: Language) -> Picker {
        var missions: [Int: Int] = [:], agreements: [Int: Int] = [:]
        for m in model.aggregates.missions {
            if m.kind == .mission { missions[m.date.year, default: 0] += 1 } else { agreements[m.date.year, default: 0] += 1 }
        }
        let choices = model.years.reversed().map { y in
            let a = agreements[y] ?? 0, n = missions[y] ?? 0
            let parts = (n > 0 ? [UIText.t("\(n) misi", Labels.count(n, "mission", "missions"), l)] : [])
                + (a > 0 ? [UIText.t("\(a) kesepakatan", Labels.count(a, "agreement", "agreements"), l)] : [])
            return Choice(id: String(y), label: String(y), detail: parts.joined(separator: " · "), count: n + a)
        }
        let all = Choice(id: nil, label: UIText.t("Semua tahun", "All years", l), count: model.aggregates.missions.count)
        return Picker(purpose: .yearFilter, choices: [all] + choices, current: current.map(String.init))
    }

    /// The missions a deal can be recorded into (agreements hold no deals of their own), today's
    /// and the most recent first.
    public static func dealMissions(_ model: DashboardModel, current: String?, _ l: Language) -> Picker {
        Picker(purpose: .dealMission, choices: missionOrder(model).map { choice($0, model, l, count: model.missionIndex[$0].map { model.aggregates.missions[$0].dealCount }) },
               current: current)
    }

    /// Mission ids (agreements excluded): today's first, then the past from the most recent, then
    /// those still to come, the soonest first.
    public static func missionOrder(_ model: DashboardModel) -> [String] {
        let ms = model.dataset.missions
        guard let today = model.today else { return ms.sorted { ($0.date, $0.id) > ($1.date, $1.id) }.map(\.id) }
        func rank(_ m: Mission) -> Int { m.date == today ? 0 : m.date < today ? 1 : 2 }
        return ms.sorted { a, b in
            if rank(a) != rank(b) { return rank(a) < rank(b) }
            return rank(a) == 2 ? (a.date, a.id) < (b.date, b.id) : (a.date, a.id) > (b.date, b.id)
        }.map(\.id)
    }

    /// A mission or agreement by its title, with its date and where it was (or its partners).
    static func choice(_ id: String, _ model: DashboardModel, _ l: Language, count: Int?) -> Choice {
        guard let i = model.missionIndex[id] else { return Choice(id: id, label: id, count: count) }
        let m = model.aggregates.missions[i]
        let place = m.city ?? model.partnerNames(m)
        return Choice(id: id, label: m.title, detail: DateText.medium(m.date, l) + (place.isEmpty ? "" : " · " + place), count: count)
    }

    /// A mission's or agreement's name, for a filter shown in words (`misi: Misi Dagang …`).
    public static func missionName(_ id: String, _ model: DashboardModel) -> String {
        model.missionIndex[id].map { model.aggregates.missions[$0].title } ?? id
    }
}
