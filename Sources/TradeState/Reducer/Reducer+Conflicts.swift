import TradeModel

/// A change that met a later one: never an overwrite. The author sees who changed the item, when
/// and to what, and chooses: apply mine anyway (from the version now seen) or keep theirs.
extension Reducer {
    /// The first of `events` the journal did not apply because its item had moved on.
    static func conflict(among events: [JournalEvent], _ model: DashboardModel) -> Conflict? {
        guard !model.dataset.conflicts.isEmpty else { return nil }
        let ids = Set(events.map(\.eventId))
        return model.dataset.conflicts.last { ids.contains($0.event.eventId) }
    }

    /// Who set first the value one of `events` set again (an agreement, not a conflict), if any.
    static func agreedWith(among events: [JournalEvent], _ model: DashboardModel) -> String? {
        let ds = model.dataset
        for e in events {
            guard let a = e.body.actionId, let g = ds.actionHistory[a]?.last(where: { $0.eventId == e.eventId })?.sameAs else { continue }
            return ds.change(g.first, ofAction: a)?.user ?? ""
        }
        return nil
    }

    static func conflictCommand(_ s: inout AppState, _ cmd: Command, _ model: DashboardModel) -> [Effect] {
        guard let c = s.conflict else { return [] }
        s.conflict = s.moreConflicts.popLast()
        switch cmd {
        case .applyAnyway:
            let e = c.conflict.event
            let ds = model.dataset
            // Made again from the version now on screen, with the previous value that is there now.
            var body = e.body
            var basedOn: String?
            switch e.body {
            case .actionStatusSet(let a, let st, _):
                body = .actionStatusSet(actionId: a, status: st, previous: ds.actions.first { $0.id == a }?.status)
                basedOn = ds.version(ofAction: a)
            case .actionOwnerSet(let a, let o, _):
                body = .actionOwnerSet(actionId: a, owner: o, previous: ds.actions.first { $0.id == a }?.owner)
                basedOn = ds.version(ofAction: a)
            case .actionDueSet(let a, let d, _):
                body = .actionDueSet(actionId: a, due: d, previous: ds.actions.first { $0.id == a }?.due)
                basedOn = ds.version(ofAction: a)
            case .dealCorrected(let d):
                basedOn = ds.version(ofDeal: d.id)
            case .dealWithdrawn(let id, _):
                basedOn = ds.version(ofDeal: id)
            case .actionNoteAdded, .dealRecorded, .missionCreated:
                break
            }
            return [.record([body], undoes: e.undoes, basedOn: basedOn, purpose: c.purpose)]
        default:
            s.status = StatusMessage(text: UIText.t("Perubahan Anda tetap di jurnal tanpa diterapkan; perubahan mereka berlaku",
                                                    "Your change stays in the journal, not applied; theirs stands", s.lang),
                                     isError: false, short: UIText.t("Perubahan mereka yang berlaku", "Theirs stands", s.lang))
            return []
        }
    }

    /// "budi 23 Nov 2026 14.02 WIB: status → berjalan", for the prompt (the time in the local zone).
    static func theirs(_ c: Conflict, _ model: DashboardModel, _ l: Language, _ zone: LocalZone) -> String {
        let p = theirParts(c, model, l, zone)
        return p.when.isEmpty ? p.who : p.who + " " + p.when + ": " + p.what
    }

    /// "⚠ Diubah orang lain lebih dulu: budi 23 Nov 2026 14.02 WIB: status → berjalan"; for 80
    /// columns the same facts in fewer words: "⚠ Diubah budi lebih dulu, 23 Nov 2026 14.02 WIB:
    /// status → berjalan" (an owner as "PJ → …", as the filter chip says it); and for a narrow tab
    /// row who, the time of day and what first: "⚠ budi 14.02 WIB: status → berjalan".
    static func conflictStatus(_ c: Conflict, _ model: DashboardModel, _ l: Language, _ zone: LocalZone) -> StatusMessage {
        let p = theirParts(c, model, l, zone)
        let short = p.when.isEmpty ? nil
            : UIText.t("⚠ Diubah \(p.who) lebih dulu, ", "⚠ Changed first by \(p.who), ", l) + p.when + ": " + p.shortWhat
        // The time of day: the last two words of the whole time ("14.02 WIB").
        let tab = p.when.isEmpty ? nil : "⚠ " + p.who + " " + p.when.split(separator: " ").suffix(2).joined(separator: " ") + ": " + p.shortWhat
        return StatusMessage(text: UIText.t("⚠ Diubah orang lain lebih dulu: ", "⚠ Changed by someone else first: ", l) + theirs(c, model, l, zone),
                             isError: true, short: short, tab: tab)
    }

    /// Who changed the item, when and to what (and the same in fewer words).
    static func theirParts(_ c: Conflict, _ model: DashboardModel, _ l: Language, _ zone: LocalZone)
        -> (who: String, when: String, what: String, shortWhat: String) {
        let ds = model.dataset
        if let a = c.event.body.actionId, let change = ds.change(c.current, ofAction: a) {
            let what: String, shortWhat: String
            switch change.body {
            case .actionStatusSet(_, let st, _):
                what = UIText.t("status → ", "status → ", l) + UIText.status(st, l)
                shortWhat = what
            case .actionOwnerSet(_, let o, _):
                what = UIText.t("penanggung jawab → ", "owner → ", l) + o
                shortWhat = UIText.t("PJ → ", "owner → ", l) + o
            case .actionDueSet(_, let d, _):
                what = UIText.t("tenggat → ", "due → ", l) + (d.map { DateText.medium($0, l) } ?? "—")
                shortWhat = what
            default:
                what = ""
                shortWhat = ""
            }
            return (change.user, DateText.eventTime(change.at, zone, l), what, shortWhat)
        }
        if let entry = ds.dealLog.lastIndex(ofEvent: c.current).map({ ds.dealLog[$0] }) {
            let what: String = switch entry.kind {
            case .recorded: UIText.t("mencatat", "recorded", l)
            case .corrected: UIText.t("memperbaiki", "corrected", l)
            case .withdrawn: UIText.t("menarik", "withdrew", l)
            }
            return (entry.user, DateText.eventTime(entry.at, zone, l), what + " " + entry.dealId, what + " " + entry.dealId)
        }
        return (UIText.t("orang lain", "someone else", l), "", "", "")
    }
}
