/// The append-only journal of changes made at run time (JSON Lines). The model is always
/// fixtures + journal replayed; fixtures are never rewritten.
///
/// Each line: `{"v":1,"datasetId":"…","eventId":"…","at":"2026-11-23T01:02:03Z","user":"…","type":"…", …}`.
/// A change of several events is a batch, applied whole or not at all: a `batchBegin` line, its
/// events, a `batchCommit` line, all with `"v":2` so a reader of format 1 refuses the journal rather
/// than apply half a batch.
public enum Journal {
    /// The newest format this version reads and writes (batches); single events are written as 1.
    public static let formatVersion = 2
    /// A line longer than this is never an event (readers set it aside; writers refuse it).
    public static let maxLineBytes = JSONParser.maxStringBytes

    /// The default journal for a dataset: `$XDG_STATE_HOME/trade-tui/<datasetId>.journal.jsonl`,
    /// else `$HOME/.local/state/trade-tui/…`. Keyed on the stable `datasetId`, so a corrected
    /// fixture keeps its journal; outside the repository, so it is never committed. Nil without
    /// either (as absolute paths): there is no private place, and a shared one such as `/tmp` is
    /// where another user can plant a link, so the caller asks for `--journal`.
    public static func defaultPath(datasetId: String, environment: [String: String]) -> String? {
        let base: String
        if let x = environment["XDG_STATE_HOME"], x.hasPrefix("/") {
            base = x
        } else if let h = environment["HOME"], h.hasPrefix("/") {
            base = h + "/.local/state"
        } else {
            return nil
        }
        return base + "/trade-tui/" + datasetId + ".journal.jsonl"
    }

    /// Where reading stopped, so a watcher reads only what was appended since.
    public struct Cursor: Sendable, Equatable {
        public var offset = 0
        public var line = 0
        public var inode: UInt64?
        /// A store's own position where it is not a byte offset: PostgreSQL's last `seq` read.
        public var position: Int64 = 0
        var seen = EventIdSet()

        /// Room for the event ids of about `bytes` more of journal (one a ~300-byte line), so the
        /// set is not rehashed again and again while a large journal is read.
        public mutating func expect(bytes: Int) {
            let more = max(0, bytes) / 300
            seen.reserve(seen.count + more)
            expectedEvents = more
        }
        /// About how many events the next read holds (`expect`), for the deal id index's room.
        var expectedEvents = 0
        /// Ids → positions in the dataset, built on the first event and kept up to date, so each
        /// later look at the journal costs only what was appended (not a million-entry rebuild).
        var index: ActionIndex?
        /// A batch begun and not committed where reading stopped: its events wait here for the
        /// commit, so the next look reads only what follows (never the batch again).
        var pendingBatch: PendingBatch?
        public init() {}
    }

    /// The events of an open batch, with their lines, and where it began.
    struct PendingBatch: Sendable, Equatable {
        var open: OpenBatch
        var events: [JournalEvent]
        var lines: [Int]
    }

    /// What replaying found, besides the changes it applied.
    public struct Replay: Sendable {
        public init() {}
        public var applied = 0
        public var problems: [Problem] = []
        /// True when the journal was written for another dataset or by a newer format: refuse it.
        public var refused = false
        /// The store's server could not be reached (nothing was read; `refused` is set too).
        public var unreachable = false
        /// The file was replaced or shortened (e.g. by `journal repair`): replay from the fixtures again.
        public var rewritten = false
        /// Bytes after the last newline: an interrupted write (or one in progress).
        public var tornTail = 0
        /// A batch begun and not committed at the end (being written, or interrupted): not applied,
        /// and the cursor stays before it so the next look reads it whole.
        public var openBatch: OpenBatch?
        /// Lines set aside: damaged, or with a field that cannot be used.
        public var setAside = 0
    }

    /// What one line is.
    public enum Decoded: Equatable, Sendable {
        /// An event; `batch` when it belongs to one (applied only with the batch's commit).
        case event(JournalEvent, batch: String?)
        case batchBegin(id: String, events: Int)
        case batchCommit(id: String, events: Int)
        /// Damaged or unusable: reported with its line and set aside; the rest is used.
        case setAside
        /// An event type this version does not know (a newer writer's): kept, ignored.
        case unknownType
        /// Another data set's, or a newer format's: the whole journal is refused.
        case refuse
    }

    /// Decodes the plain lines at `ranges` of `bytes` (the rest are left to the general path).
    /// Pure and without diagnostics, so a reader may run it on several cores.
    public static func decodePlain(_ bytes: [UInt8], _ ranges: ArraySlice<Range<Int>>, datasetId: String) -> PlainLines {
        PlainLines(ranges: Array(ranges), parts: [JournalFastLine.decodeAll(bytes, ranges, datasetId: datasetId)])
    }

    /// Finds a chunk's complete lines and turns them into events ahead of applying them
    /// (`decodePlain` on one or several cores); a reader without one decodes line by line.
    public typealias PlainLineDecoder = @Sendable (_ bytes: [UInt8], _ datasetId: String) -> PlainLines

    /// One line → one event, or a located reason it cannot be used. The line's problems are
    /// judged on their own (never cut short by how many earlier lines had), then added to `d`.
    public static func decode(_ bytes: [UInt8], line: Int, datasetId: String, _ d: Diagnostics) -> Decoded {
        // The plain lines every writer makes; anything else is judged (and explained) below.
        if let plain = JournalFastLine.decode(bytes, datasetId: datasetId) { return plain }
        return decodeGeneral(bytes, line: line, datasetId: datasetId, d)
    }

    /// The general path: every line, every problem located and explained.
    static func decodeGeneral(_ bytes: [UInt8], line: Int, datasetId: String, _ d: Diagnostics) -> Decoded {
        let own = Diagnostics(limit: 100)
        // A newer writer may add fields: they are ignored with a warning, never a reason to drop an event.
        own.unknownFieldsAreWarnings = true
        let decoded = decodeLine(bytes, line: line, datasetId: datasetId, own)
        // The line is parsed on its own, so its parser calls it line 1: put its problems on its line.
        own.place(onLine: line, from: 0)
        for p in own.problems { d.add(p) }
        return decoded
    }

    static func decodeLine(_ bytes: [UInt8], line: Int, datasetId: String, _ d: Diagnostics) -> Decoded {
        let name = "journal"
        let loc = JSONLocation(line: line, column: 1)
        let before = d.problems.count
        let node: JSONNode
        do {
            node = try JSONParser.parse(bytes)
        } catch {
            d.warning(name, "line \(line)", JSONLocation(line: line, column: error.location.column),
                      "line \(line) is damaged (\(error.message)); it is set aside and the rest is used")
            return .setAside
        }
        guard let r = ObjectReader(node, file: name, path: "line \(line)", diagnostics: d) else { return demote(d, before) }
        guard let v = r.int("v", what: "format version") else { return demote(d, before) }
        if v > formatVersion {
            d.error(name, "line \(line)", loc, "written by a newer trade-tui (journal format \(v)); this one reads format \(formatVersion)")
            return .refuse
        }
        guard let ds = r.string("datasetId") else { return demote(d, before) }
        if ds != datasetId {
            d.error(name, "line \(line)", loc, "belongs to the dataset \"\(Sanitizer.line(ds))\", not \"\(datasetId)\"")
            return .refuse
        }
        let batch = v >= 2 ? r.id("batch", required: false) : nil
        if let type = r.string("type", required: false), type == "batchBegin" || type == "batchCommit" {
            guard let id = batch, let n = r.int("events", what: "event count"), n > 0 else { return demote(d, before) }
            if d.problems[before...].contains(where: { $0.severity == .error }) { return demote(d, before) }
            return type == "batchBegin" ? .batchBegin(id: id, events: n) : .batchCommit(id: id, events: n)
        }
        guard let id = r.id("eventId"), let at = r.string("at"), let user = r.string("user", allowEmpty: true),
              let type = r.string("type") else { return demote(d, before) }
        let undoes = r.id("undoes", required: false)
        let basedOn = r.id("basedOn", required: false)
        let body: JournalEvent.Body
        switch type {
        case "actionStatusSet":
            guard let a = r.id("actionId"), let s = r.enumValue("status", FollowUpAction.Status.self) else { return demote(d, before) }
            body = .actionStatusSet(actionId: a, status: s, previous: r.enumValue("previous", FollowUpAction.Status.self, required: false))
        case "actionNoteAdded":
            guard let a = r.id("actionId"), let n = r.string("note") else { return demote(d, before) }
            body = .actionNoteAdded(actionId: a, note: n)
        case "actionOwnerSet":
            guard let a = r.id("actionId"), let o = r.string("owner") else { return demote(d, before) }
            body = .actionOwnerSet(actionId: a, owner: o, previous: r.string("previous", required: false))
        case "actionDueSet":
            guard let a = r.id("actionId") else { return demote(d, before) }
            body = .actionDueSet(actionId: a, due: r.date("due", required: false), previous: r.date("previous", required: false))
        case "dealRecorded", "dealCorrected":
            guard let dr = r.object("deal"), let deal = Deal.decode(dr) else { return demote(d, before) }
            body = type == "dealRecorded" ? .dealRecorded(deal) : .dealCorrected(deal)
        case "dealWithdrawn":
            guard let id = r.id("dealId"), let reason = r.string("reason", allowEmpty: true) else { return demote(d, before) }
            body = .dealWithdrawn(dealId: id, reason: reason)
        case "missionCreated":
            guard let mr = r.object("mission"), let m = Mission.decode(mr) else { return demote(d, before) }
            body = .missionCreated(m)
        default:
            d.warning(name, "line \(line)", loc, "has an event type \"\(Sanitizer.line(type))\" this version does not know; it is kept and ignored")
            return .unknownType
        }
        // A field that could not be used (an id with a control character, a date that does not
        // exist) must not be dropped silently from an applied event: the whole line is set aside.
        if d.dropped > 0 || d.problems[before...].contains(where: { $0.severity == .error }) { return demote(d, before) }
        return .event(JournalEvent(eventId: id, at: at, user: user, body: body, undoes: undoes, basedOn: basedOn), batch: batch)
    }

    /// A readable line with a bad field is set aside with a warning, never an error that locks
    /// staff out of the dashboard.
    private static func demote(_ d: Diagnostics, _ from: Int) -> Decoded {
        d.demoteErrors(from: from, suffix: "; the line is set aside")
        return .setAside
    }

    /// Action and mission ids → indices, built once per replay and kept current (deal ids: the
    /// table's own index, `DealTable.position(ofId:)`).
    struct ActionIndex: Sendable, Equatable {
        var map: [String: Int]
        var places: Set<String>
        /// For each deal (by position), its last entry in `dealLog`, or -1: its version.
        var lastLog: [Int32]
        init(_ ds: Dataset) {
            map = Dictionary(ds.actions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            places = Set(ds.missions.map(\.id)).union(ds.agreements.map(\.id))
            lastLog = [Int32](repeating: -1, count: ds.deals.count)
            for k in ds.dealLog.indices where ds.dealLog.dealIndex(at: k) < lastLog.count { lastLog[ds.dealLog.dealIndex(at: k)] = Int32(k) }
        }

        func version(ofDealAt i: Int, in ds: Dataset) -> String {
            i < lastLog.count && lastLog[i] >= 0 ? ds.dealLog.eventId(at: Int(lastLog[i])) : Dataset.fixturesVersion
        }
    }

    /// The first event of a batch made from a version that will not be current when it applies
    /// (each event after the first of an item is made from the one before it).
    static func firstConflict(_ events: [JournalEvent], in ds: Dataset, index: ActionIndex) -> Conflict? {
        var versions: [String: String] = [:], agreeing: [String: String] = [:]
        for e in events where !e.body.isNote {
            let key: String, current: String
            switch e.body {
            case .dealCorrected(let d):
                key = "deal:" + d.id
                current = versions[key] ?? ds.deals.position(ofId: d.id).map { index.version(ofDealAt: $0, in: ds) } ?? Dataset.fixturesVersion
            case .dealWithdrawn(let id, _):
                key = "deal:" + id
                current = versions[key] ?? ds.deals.position(ofId: id).map { index.version(ofDealAt: $0, in: ds) } ?? Dataset.fixturesVersion
            default:
                guard let a = e.body.actionId else { continue }
                key = "action:" + a
                // Judged as `apply` will judge it. An event that agrees changes nothing, so the
                // next of its action in the batch, made from it, must agree as well.
                guard let b = e.basedOn else { versions[key] = e.eventId; agreeing[key] = nil; continue }
                if let v = versions[key] {
                    if b != v { return Conflict(event: e, basedOn: b, current: v) }
                    if let made = agreeing[key], ds.changeSettingTheSame(as: e.body, since: made, ofAction: a) == nil {
                        return Conflict(event: e, basedOn: b, current: ds.version(ofAction: a))
                    }
                } else {
                    switch verdict(e, basedOn: b, action: a, in: ds) {
                    case .applies: break
                    case .agrees(let g): agreeing[key] = g.madeFrom
                    case .conflict(let c): return c
                    }
                }
                versions[key] = e.eventId
                continue
            }
            if let b = e.basedOn, b != current { return Conflict(event: e, basedOn: b, current: current) }
            versions[key] = e.eventId
        }
        return nil
    }

    /// Applies one event. Events naming ids the fixtures no longer have are reported and kept.
    static func apply(_ e: JournalEvent, to ds: inout Dataset, index: inout ActionIndex, line: Int, _ d: Diagnostics) -> Bool {
        let loc = JSONLocation(line: line, column: 1)
        func warn(_ m: String) { d.warning("journal", "line \(line)", loc, m) }
        if let a = e.body.actionId {
            guard let i = index.map[a] else {
                warn("changes the action \"\(Sanitizer.line(a))\", which the fixtures no longer have; it is kept")
                return false
            }
            if !e.body.isNote, let b = e.basedOn {
                switch verdict(e, basedOn: b, action: a, in: ds) {
                case .applies: break
                case .conflict(let c):
                    ds.conflicts.append(c)
                    return false
                case .agrees(let g):
                    // The same value another desk set first: kept in the history, nothing changes.
                    ds.actionHistory[a, default: []].append(ActionChange(eventId: e.eventId, at: e.at, user: e.user, body: e.body,
                                                                         undoes: e.undoes, sameAs: g))
                    return true
                }
            }
            switch e.body {
            // A value set at a desk is stated by that desk (the history says who and when): the
            // fixtures' inference and its reason belonged to the value it replaces.
            case .actionStatusSet(_, let s, _): ds.actions[i].status = s; ds.actions[i].statusBasis = .stated
            case .actionOwnerSet(_, let o, _): ds.actions[i].owner = o; ds.actions[i].ownerBasis = .stated
            case .actionDueSet(_, let due, _): ds.actions[i].due = due; ds.actions[i].dueBasis = .stated
            default: break
            }
            ds.actionHistory[a, default: []].append(ActionChange(eventId: e.eventId, at: e.at, user: e.user, body: e.body, undoes: e.undoes))
            return true
        }
        func log(_ id: String, _ i: Int, _ k: DealLogEntry.Kind, reason: String? = nil) {
            ds.dealLog.append(eventId: e.eventId, at: e.at, user: e.user, dealId: id, dealIndex: i, kind: k, reason: reason)
            while index.lastLog.count <= i { index.lastLog.append(-1) }
            index.lastLog[i] = Int32(ds.dealLog.count - 1)
        }
        /// A correction or withdrawal made from an older version of the deal is not applied.
        func conflicts(_ i: Int) -> Bool {
            guard let b = e.basedOn else { return false }
            let current = index.version(ofDealAt: i, in: ds)
            if current == b { return false }
            ds.conflicts.append(Conflict(event: e, basedOn: b, current: current))
            return true
        }
        switch e.body {
        case .dealRecorded(let deal):
            if !index.places.contains(deal.mission) {
                warn("records a deal for the mission \"\(Sanitizer.line(deal.mission))\", which the fixtures no longer have; it is kept but not counted")
            }
            if ds.deals.appendIfNew(deal) != nil {
                warn("records the deal id \"\(Sanitizer.line(deal.id))\" a second time; the later one is ignored (correct a deal with dealCorrected)")
                return false
            }
            log(deal.id, ds.deals.count - 1, .recorded)
            return true
        case .dealCorrected(let deal):
            guard let i = ds.deals.position(ofId: deal.id) else {
                warn("corrects the deal \"\(Sanitizer.line(deal.id))\", which is not recorded; it is kept")
                return false
            }
            if conflicts(i) { return false }
            ds.deals[i] = deal
            log(deal.id, i, .corrected)
            return true
        case .dealWithdrawn(let id, let reason):
            guard let i = ds.deals.position(ofId: id) else {
                warn("withdraws the deal \"\(Sanitizer.line(id))\", which is not recorded; it is kept")
                return false
            }
            if conflicts(i) { return false }
            ds.deals[i].status = .withdrawn
            log(id, i, .withdrawn, reason: reason)
            return true
        case .missionCreated(let m):
            if index.places.contains(m.id) {
                warn("creates the mission \"\(Sanitizer.line(m.id))\", which already exists; it is ignored")
                return false
            }
            index.places.insert(m.id)
            ds.missions.append(m)
            return true
        default:
            return false
        }
    }
}
