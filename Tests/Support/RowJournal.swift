import TradeModel

/// A journal for the feed's row path (rows: codes ≥ 0 in `Journal.Part.lines`, `Feed.applyRun`): plain recorded deals,
/// which the fast decoder makes rows of, mixed with everything that must stay on the general path
/// or that tests what a row does — batches, undoes, basedOn, corrections and withdrawals of rows
/// (current and stale), repeated events and deal ids (also canonically equal ones), deals for a
/// mission before and after it is created, odd times, decimal quantities, out-of-line fields and
/// non-ASCII text. `block(k)` is the scenario; `journal` puts blocks among plain rows so that some
/// lie across every 512 KiB mark (so across every 4 MiB chunk end and two-core cut).
public enum RowJournal {
    public static let datasetId = "jatim-misi-dagang"

    /// What each block must give (the first block has one more unknown mission: `w`).
    public static let unknownMissionsPerBlock = 4
    public static let repeatedEventsPerBlock = 3
    public static let repeatedDealIdsPerBlock = 2
    public static let conflictsPerBlock = 2
    public static let damagedPerBlock = 1
    /// Events applied (deals, corrections, withdrawals, missions, the action's status).
    public static let appliedPerBlock = 27

    static func line(_ id: String, _ body: JournalEvent.Body, at: String = "2026-11-23T01:02:03Z", user: String = "t",
                     undoes: String? = nil, basedOn: String? = nil, batch: String? = nil) -> String {
        JournalEvent(eventId: id, at: at, user: user, body: body, undoes: undoes, basedOn: basedOn).line(datasetId: datasetId, batch: batch)
    }

    static func deal(_ id: String, mission: String = "m2025-kaltim", value: Int64 = 1_000_000, rich: Bool = false) -> Deal {
        Deal(id: id, mission: mission, direction: .sell, commodity: rich ? "kopi-Ijén" : "coffee", product: rich ? "kopi bubuk" : nil,
             quantity: rich ? "12.5" : "3", unit: "ton", valueRupiah: value, status: .committed, kind: .itemised,
             party: rich ? "PT Kopi Jatim" : nil, counterparty: rich ? "CV Borneo Ñ" : nil, period: rich ? "2026-Q4" : nil,
             source: "desk:t", note: rich ? LocalText("catatan é") : nil)
    }

    static func replacingOnce(_ s: String, _ a: String, _ b: String) -> String {
        guard let r = s.range(of: a) else { preconditionFailure("\(a) not in \(s)") }
        return s.replacingCharacters(in: r, with: b)
    }

    /// The id of the mission block k creates.
    public static func mission(_ k: Int) -> String { "m-new-\(k)" }

    /// Block k's lines. Comments say what each must do; `rowLines` says which are rows.
    public static func block(_ k: Int, _ base: Dataset) -> [String] {
        let p = "k\(k)"
        let made = DealDesk.newMission(id: mission(k), organiser: base.region("jatim")!, partner: base.region("malut")!, city: "Ternate",
                                       venue: nil, date: PartialDate(parsing: "2026-03-12")!, title: nil, theme: nil, target: 9_000_000_000,
                                       user: "t")
        var batchMade = made
        batchMade.id = "m-bat-\(k)"
        return [
            line("\(p)-e1", .dealRecorded(deal("\(p)-a", rich: true)), user: "Sri Wahyuní"),  // 0 row, out-of-line fields
            line("\(p)-e2", .dealRecorded(deal("\(p)-b")), at: "2026-11-23T01:02:03.5Z"),       // 1 row, time kept as text
            line("\(p)-e3", .dealRecorded(deal("\(p)-c")), at: "kemarin", user: "budi"),        // 2 row, time kept as text
            line("\(p)-e4", .dealRecorded(deal("\(p)-d")), at: "1969-12-31T23:59:59Z"),         // 3 row, before 1970
            line("\(p)-e5", .dealRecorded(deal("\(p)-u1", mission: mission(k)))),               // 4 row, unknown mission
            line("\(p)-e6", .dealCorrected(deal("\(p)-a", value: 7, rich: true)), basedOn: "\(p)-e1"), // 5 applies
            line("\(p)-e7", .dealCorrected(deal("\(p)-b", value: 9)), basedOn: "\(p)-stale"),   // 6 conflict
            line("\(p)-e8", .dealWithdrawn(dealId: "\(p)-a", reason: "batal"), basedOn: "\(p)-e6"), // 7 applies
            line("\(p)-e9", .dealWithdrawn(dealId: "\(p)-c", reason: ""), basedOn: "\(p)-e1"),  // 8 conflict
            line("\(p)-e2", .dealRecorded(deal("\(p)-r"))),                                     // 9 row, repeated event
            line("\(p)-e10", .dealRecorded(deal("\(p)-b", value: 5))),                          // 10 row, deal id again
            line("\(p)-e11", .dealRecorded(deal("\(p)-u2", mission: mission(k)))),              // 11 row, still unknown
            line("\(p)-e12", .missionCreated(made)),                                            // 12
            line("\(p)-e13", .dealRecorded(deal("\(p)-u3", mission: mission(k)))),              // 13 row, known now
            Journal.batchLine("batchBegin", id: "\(p)-b", events: 2, datasetId: datasetId, at: "t", user: "t"),
            line("\(p)-e14", .dealRecorded(deal("\(p)-x1")), batch: "\(p)-b"),                  // 15 batch
            line("\(p)-e15", .dealRecorded(deal("\(p)-x2", mission: mission(k))), batch: "\(p)-b"),
            Journal.batchLine("batchCommit", id: "\(p)-b", events: 2, datasetId: datasetId, at: "t", user: "t"),
            line("\(p)-e16", .dealRecorded(deal("\(p)-y1")), undoes: "\(p)-e3"),                // 18 not a row: undoes
            line("\(p)-e17", .dealRecorded(deal("\(p)-y2")), basedOn: "fixtures"),              // 19 not a row: basedOn
            line("\(p)-é", .dealRecorded(deal("\(p)-n1"))),                                     // 20 row
            line("\(p)-e\u{301}", .dealRecorded(deal("\(p)-n2"))),                              // 21 row, repeats 20
            line("\(p)-e18", .dealRecorded(deal("\(p)-dé", rich: true)), user: "Ĳssel 🌊"),     // 22 row
            line("\(p)-e19", .dealRecorded(deal("\(p)-de\u{301}"))),                            // 23 row, deal id of 22
            line("\(p)-K", .dealRecorded(deal("\(p)-k1"))),                                     // 24 row
            line("\(p)-\u{212A}", .dealRecorded(deal("\(p)-k2"))),                              // 25 row, repeats 24
            // Format 1 does not read `batch`; format 2 without one is a single event; null is absent.
            replacingOnce(line("\(p)-e20", .dealRecorded(deal("\(p)-v1"))), "\"type\":", "\"batch\":\"zz\",\"type\":"), // 26 row
            replacingOnce(line("\(p)-e21", .dealRecorded(deal("\(p)-v2"))), "{\"v\":1,", "{\"v\":2,"),                   // 27 row
            replacingOnce(line("\(p)-e22", .dealRecorded(deal("\(p)-v3"))), "\"type\":", "\"undoes\":null,\"basedOn\":null,\"type\":"), // 28 row
            line("\(p)-e23", .actionStatusSet(actionId: "act-export-data", status: k % 2 == 0 ? .done : .open, previous: nil)),
            String(line("\(p)-e24", .dealRecorded(deal("\(p)-z"))).dropLast(5)),               // 30 damaged
            line("\(p)-e25", .dealRecorded(deal("\(p)-w", mission: mission(k - 1)))),           // 31 row, known but in block 0
            line("\(p)-e26", .dealRecorded(deal("\(p)-f", mission: mission(k + 1)))),           // 32 row, made by the next block
            line("\(p)-e27", .dealRecorded(deal("\(p)-g", mission: "a2025-batam")), user: "Sri Wahyuni\u{301}"), // 33 row, an agreement
            // A mission made in a batch: unknown to the row before the batch, known to the row after.
            line("\(p)-e28", .dealRecorded(deal("\(p)-h1", mission: "m-bat-\(k)"))),          // 34 row, unknown mission
            Journal.batchLine("batchBegin", id: "\(p)-c", events: 1, datasetId: datasetId, at: "t", user: "t"),
            line("\(p)-e29", .missionCreated(batchMade), batch: "\(p)-c"),
            Journal.batchLine("batchCommit", id: "\(p)-c", events: 1, datasetId: datasetId, at: "t", user: "t"),
            line("\(p)-e30", .dealRecorded(deal("\(p)-h2", mission: "m-bat-\(k)"))),          // 38 row, known now
        ]
    }

    /// The lines of `block` the fast decoder must make rows.
    public static let rowLines: Set<Int> = [0, 1, 2, 3, 4, 9, 10, 11, 13, 20, 21, 22, 23, 24, 25, 26, 27, 28, 31, 32, 33, 34, 38]

    /// A plain recorded deal between blocks (every one a row): times, users, missions and fields vary.
    public static func filler(_ i: Int) -> String {
        let times = ["2026-11-23T01:02:03Z", "2026-11-30T23:59:59Z", "1969-07-20T20:17:40Z", "2026-11-23T01:02:03.250Z", "2024-02-29T00:00:00Z"]
        let users = ["t", "budi", "Sri Wahyuní", "desk:é"]
        let missions = ["m2025-kaltim", "m2025-malut", "a2025-batam"]
        var d = deal("f\(i)", mission: missions[i % 3], value: Int64(1_000_000 + i), rich: i % 5 == 0)
        if i % 7 == 0 { d.quantity = "0.125" }
        if i % 11 == 0 { d.commodity = nil; d.quantity = nil; d.unit = nil }
        return line("fe\(i)", .dealRecorded(d), at: times[i % times.count], user: users[i % users.count])
    }

    /// Blocks among filler lines until `bytes`: block 0 first, then one starting 6 KiB before each
    /// 512 KiB mark (about 30 lines, about 12 KiB: across the mark). Ends with a newline.
    public static func journal(bytes: Int, _ base: Dataset) -> (bytes: [UInt8], blocks: Int) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes + 64 << 10)
        var (k, i, nextBlock) = (0, 0, 0)
        while out.count < bytes {
            if out.count >= nextBlock {
                for l in block(k, base) { out += l.utf8; out.append(0x0A) }
                k += 1
                nextBlock = (out.count / (512 << 10) + 1) * (512 << 10) - (6 << 10)
            } else {
                out += filler(i).utf8
                out.append(0x0A)
                i += 1
            }
        }
        return (out, k)
    }
}

/// Where two collections first differ (for a failure message that names one entry, not a
/// million), nil when they are equal.
public func firstDifference<C: Collection>(_ a: C, _ b: C) -> String? where C.Element: Equatable {
    for (k, (x, y)) in zip(a, b).enumerated() where x != y { return "first difference at \(k): \(x) vs \(y)" }
    return a.count == b.count ? nil : "\(a.count) vs \(b.count) elements"
}

/// Feeds `bytes` to a `Journal.Feed` over the bundled fixtures, `chunk` bytes at a time, each chunk's
/// lines decoded ahead by `plainLines` (nil: line by line), as a file reader would.
public func feedJournal(_ bytes: [UInt8], chunk: Int, plainLines: Journal.PlainLineDecoder?) throws -> (Dataset, Journal.Replay, Journal.Cursor) {
    var ds = try loadBundled()
    var cursor = Journal.Cursor()
    var feed = Journal.Feed(path: "j", dataset: ds, cursor: &cursor)
    var at = 0
    var fed = true
    while at < bytes.count && fed {
        let n = min(chunk, bytes.count - at)
        fed = feed.feed(bytes[at..<(at + n)], into: &ds, cursor: &cursor, plainLines: plainLines)
        at += n
    }
    return (ds, fed ? feed.finish(cursor: &cursor, reportTorn: true) : feed.replay, cursor)
}
