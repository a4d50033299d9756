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
                                     isError: false)
            return []
        }
    }

    /// "budi 23 Nov 2026 14.02 WIB: status → berjalan", for the prompt (the time in the local zone).
    static func theirs(_ c: Conflict, _ model: DashboardModel, _ l: Language, _ zone: LocalZone) -> String {
        let ds = model.dataset
        if let a = c.event.body.actionId, let change = ds.change(c.current, ofAction: a) {
            let what: String = switch change.body {
            case .actionStatusSet(_, let st, _): UIText.t("status → ", "status → ", l) + UIText.status(st, l)
            case .actionOwnerSet(_, let o, _): UIText.t("penanggung jawab → ", "owner → ", l) + o
            case .actionDueSet(_, let d, _): UIText.t("tenggat → ", "due → ", l) + (d.map { DateText.medium($0, l) } ?? "—")
            default: ""
            }
            return change.user + " " + DateText.eventTime(change.at, zone, l) + ": " + what
        }
        if let entry = ds.dealLog.last(where: { $0.eventId == c.current }) {
            let what: String = switch entry.kind {
            case .recorded: UIText.t("mencatat", "recorded", l)
            case .corrected: UIText.t("memperbaiki", "corrected", l)
            case .withdrawn: UIText.t("menarik", "withdrew", l)
            }
            return entry.user + " " + DateText.eventTime(entry.at, zone, l) + ": " + what + " " + entry.dealId
        }
        return UIText.t("orang lain", "someone else", l)
    }
}
