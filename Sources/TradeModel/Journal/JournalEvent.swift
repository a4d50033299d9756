/// One change made at run time, as one line of the journal.
public struct JournalEvent: Sendable, Equatable {
    public enum Body: Sendable, Equatable {
        case actionStatusSet(actionId: String, status: FollowUpAction.Status, previous: FollowUpAction.Status?)
        case actionNoteAdded(actionId: String, note: String)
        case actionOwnerSet(actionId: String, owner: String, previous: String?)
        case actionDueSet(actionId: String, due: PartialDate?, previous: PartialDate?)
        case dealRecorded(Deal)
        /// Replaces the deal's fields; the original stays in the journal.
        case dealCorrected(Deal)
        case dealWithdrawn(dealId: String, reason: String)
        /// A mission created for the day (its running total starts from zero).
        case missionCreated(Mission)

        public var typeName: String {
            switch self {
            case .actionStatusSet: "actionStatusSet"
            case .actionNoteAdded: "actionNoteAdded"
            case .actionOwnerSet: "actionOwnerSet"
            case .actionDueSet: "actionDueSet"
            case .dealRecorded: "dealRecorded"
            case .dealCorrected: "dealCorrected"
            case .dealWithdrawn: "dealWithdrawn"
            case .missionCreated: "missionCreated"
            }
        }

        /// The item the change is about: an action, a deal or a mission.
        public var itemId: String {
            switch self {
            case .actionStatusSet(let a, _, _), .actionNoteAdded(let a, _), .actionOwnerSet(let a, _, _), .actionDueSet(let a, _, _): a
            case .dealRecorded(let d), .dealCorrected(let d): d.id
            case .dealWithdrawn(let id, _): id
            case .missionCreated(let m): m.id
            }
        }

        /// A note adds to an action and changes none of its fields: it never conflicts.
        public var isNote: Bool { if case .actionNoteAdded = self { true } else { false } }

        public var actionId: String? {
            switch self {
            case .actionStatusSet(let a, _, _), .actionNoteAdded(let a, _), .actionOwnerSet(let a, _, _), .actionDueSet(let a, _, _): a
            case .dealRecorded, .dealCorrected, .dealWithdrawn, .missionCreated: nil
            }
        }
    }

    /// Unique across writers: time, process and randomness (minted by `TradeStore`'s `JournalClock.newEventId`).
    public var eventId: String
    /// UTC, ISO 8601 (`2026-11-23T01:02:03Z`).
    public var at: String
    /// Who made the change, stored as given.
    public var user: String
    public var body: Body
    /// The event this one reverses (undo), if any.
    public var undoes: String?
    /// The version of the item the change was made from (its last event, or `fixtures`): applied
    /// only if the item is still at that version, else a `Conflict`. Nil: applied as it comes
    /// (creations, notes, and a change made anyway).
    public var basedOn: String?

    public init(eventId: String, at: String, user: String, body: Body, undoes: String? = nil, basedOn: String? = nil) {
        self.eventId = eventId
        self.at = at
        self.user = user
        self.body = body
        self.undoes = undoes
        self.basedOn = basedOn
    }

    /// The change that reverses this one. A note cannot be unsaid: it is reversed by a note saying
    /// it was withdrawn. A recorded deal is reversed by withdrawing it. Corrections, withdrawals and
    /// new missions carry no earlier state and are not reversed here (correct the deal again).
    public var inverseBody: Body? {
        switch body {
        case .actionStatusSet(let a, let s, let p): .actionStatusSet(actionId: a, status: p ?? .open, previous: s)
        case .actionOwnerSet(let a, let o, let p): p.map { .actionOwnerSet(actionId: a, owner: $0, previous: o) }
        case .actionDueSet(let a, let d, let p): .actionDueSet(actionId: a, due: p, previous: d)
        case .actionNoteAdded(let a, let n): .actionNoteAdded(actionId: a, note: "(dibatalkan / withdrawn) " + n)
        case .dealRecorded(let d): .dealWithdrawn(dealId: d.id, reason: "urungkan / undo")
        case .dealCorrected, .dealWithdrawn, .missionCreated: nil
        }
    }

    /// The change that re-applies this one after an undo: a recorded deal comes back by a
    /// correction that restores it (its id is already in the journal).
    public var redoBody: Body {
        if case .dealRecorded(let d) = body { return .dealCorrected(d) }
        return body
    }

    /// One JSON line (without the newline), fields in a fixed order. A single event is format 1,
    /// readable by every version; an event of a batch is format 2 and names its batch.
    public func line(datasetId: String, batch: String? = nil) -> String {
        var w = JSONWriter(pretty: false, exact: true)
        w.beginObject()
        w.int("v", batch == nil ? 1 : 2)
        w.string("datasetId", datasetId)
        if let batch { w.string("batch", batch) }
        w.string("eventId", eventId)
        w.string("at", at)
        w.string("user", user)
        w.string("type", body.typeName)
        if let undoes { w.string("undoes", undoes) }
        if let basedOn { w.string("basedOn", basedOn) }
        switch body {
        case .actionStatusSet(let a, let s, let p):
            w.string("actionId", a); w.string("status", s.rawValue); w.string("previous", p?.rawValue)
        case .actionNoteAdded(let a, let n):
            w.string("actionId", a); w.string("note", n)
        case .actionOwnerSet(let a, let o, let p):
            w.string("actionId", a); w.string("owner", o); w.string("previous", p)
        case .actionDueSet(let a, let d, let p):
            w.string("actionId", a); w.string("due", d?.description); w.string("previous", p?.description)
        case .dealRecorded(let d), .dealCorrected(let d):
            w.beginObject("deal"); d.write(to: &w); w.endObject()
        case .dealWithdrawn(let id, let reason):
            w.string("dealId", id); w.string("reason", reason)
        case .missionCreated(let m):
            w.beginObject("mission"); m.write(to: &w); w.endObject()
        }
        w.endObject()
        return w.text
    }
}

extension Journal {
    /// The first and last lines of a batch (format 2): `batchBegin` and `batchCommit`.
    public static func batchLine(_ type: String, id: String, events: Int, datasetId: String, at: String, user: String) -> String {
        var w = JSONWriter(pretty: false, exact: true)
        w.beginObject()
        w.int("v", 2)
        w.string("datasetId", datasetId)
        w.string("batch", id)
        w.string("type", type)
        w.int("events", Int64(events))
        w.string("at", at)
        w.string("user", user)
        w.endObject()
        return w.text
    }
}

extension Deal {
    /// The deal's fields as in deals.json (nil fields left out).
    public func write(to w: inout JSONWriter) {
        w.string("id", id); w.string("mission", mission); w.string("direction", direction.rawValue)
        if let commodity { w.string("commodity", commodity) }
        if let product { w.string("product", product) }
        if let description { w.string("description", description) }
        if let quantity { w.raw("quantity", quantity) }
        if let unit { w.string("unit", unit) }
        w.int("valueRupiah", valueRupiah)
        w.string("status", status.rawValue); w.string("kind", kind.rawValue)
        if let includedIn { w.string("includedIn", includedIn) }
        if let party { w.string("party", party) }
        if let counterparty { w.string("counterparty", counterparty) }
        if let period { w.string("period", period) }
        if illustrative { w.bool("illustrative", true) }
        w.string("source", source)
        w.localText("note", note)
        w.provenance("basis", basis)
        w.provenance("includedInBasis", includedInBasis)
        w.moneyClaims("conflictsWith", conflictsWith)
    }
}

extension Mission {
    /// The mission's fields as in missions.json (for `missionCreated`).
    public func write(to w: inout JSONWriter) {
        w.string("id", id); w.string("title", title); w.string("organiser", organiser); w.string("partner", partner)
        w.string("city", city)
        if let venue { w.string("venue", venue) }
        w.string("date", date.description); w.string("timeZone", timeZone.rawValue)
        if let theme { w.string("theme", theme) }
        if !businesses.isEmpty {
            w.beginArray("businesses")
            for b in businesses {
                w.beginObject(); w.string("side", b.side.rawValue); w.int("count", b.count); w.string("source", b.source); w.endObject()
            }
            w.endArray()
        }
        if let target {
            w.beginObject("target"); w.int("valueRupiah", target.valueRupiah); w.string("source", target.source); w.endObject()
        }
        w.string("source", source)
        if illustrative { w.bool("illustrative", true) }
    }
}

