/// How a change of an action made from `basedOn` meets the journal: it applies (its version is
/// current), it agrees (a later change already set the same value), or it is a conflict. Replay
/// decides from the journal's order alone, so every reader, on a file or on PostgreSQL, decides the same.
extension Journal {
    enum Verdict: Equatable {
        case applies
        case agrees(ActionChange.SameValue)
        case conflict(Conflict)
    }

    static func verdict(_ e: JournalEvent, basedOn b: String, action a: String, in ds: Dataset) -> Verdict {
        let current = ds.version(ofAction: a)
        if b == current { return .applies }
        let made = ds.madeFrom(b, ofAction: a)
        if made == current { return .applies }
        if let first = ds.changeSettingTheSame(as: e.body, since: made, ofAction: a) {
            return .agrees(ActionChange.SameValue(first: first.eventId, madeFrom: made))
        }
        return .conflict(Conflict(event: e, basedOn: b, current: current))
    }
}

extension Dataset {
    /// The version a change based on `version` was in truth made from: an agreement changed
    /// nothing, so a change made after it was made from what the agreement was made from.
    func madeFrom(_ version: String, ofAction id: String) -> String {
        guard version != Self.fixturesVersion,
              let same = actionHistory[id]?.last(where: { $0.eventId == version })?.sameAs else { return version }
        return same.madeFrom
    }

    /// The change after `version` that last set the field `body` sets, when it set the same value:
    /// the value `body` would set is already there. Nil when that field holds another value, or was
    /// not changed since `version` (a change of another field met: still a conflict).
    public func changeSettingTheSame(as body: JournalEvent.Body, since version: String, ofAction id: String) -> ActionChange? {
        guard let setting = body.setting, let history = actionHistory[id] else { return nil }
        var from = 0
        if version != Self.fixturesVersion {
            guard let i = history.lastIndex(where: { $0.eventId == version }) else { return nil }
            from = i + 1
        }
        guard let last = history[from...].last(where: { $0.sameAs == nil && $0.body.setting?.field == setting.field }) else { return nil }
        return last.body.setting == setting ? last : nil
    }
}

extension JournalEvent.Body {
    /// What a change of an action's field sets: the field and its new value (nil for a note and
    /// for anything not an action's field).
    var setting: Setting? {
        switch self {
        case .actionStatusSet(_, let s, _): .status(s)
        case .actionOwnerSet(_, let o, _): .owner(o)
        case .actionDueSet(_, let d, _): .due(d)
        default: nil
        }
    }

    enum Setting: Equatable {
        case status(FollowUpAction.Status)
        case owner(String)
        case due(PartialDate?)

        var field: Int {
            switch self {
            case .status: 0
            case .owner: 1
            case .due: 2
            }
        }
    }
}
