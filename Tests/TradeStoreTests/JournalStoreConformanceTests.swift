import Foundation
import Testing
import TradeModel
import TradeStore
import TradeTestSupport

/// Every promise of the journal, checked against each store: the plain-text file and PostgreSQL
/// (when scripts/test has started one; it always does in CI).
@Suite struct JournalStoreConformanceTests {
    enum Kind: String, CaseIterable, CustomTestStringConvertible {
        case file, postgres
        var testDescription: String { rawValue }
    }

    static var kinds: [Kind] { TestPostgres.available ? [.file, .postgres] : [.file] }

    /// A fresh, empty store of `kind` for the bundled data set, and a way to open it again.
    func fresh(_ kind: Kind, _ ds: Dataset) throws -> any JournalStore {
        switch kind {
        case .file:
            let dir = NSTemporaryDirectory() + "trade-tui-store-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            return FileJournal(path: dir + "/j.jsonl", datasetId: ds.datasetId)
        case .postgres:
            let url = try TestPostgres.freshDatabase()
            let pg = PostgresJournal(url: url, datasetId: ds.datasetId)
            #expect(try pg.initialise() == 1)
            #expect(try pg.initialise() == 1, "init is idempotent")
            return pg
        }
    }

    func note(_ i: Int, by user: String = "ana") -> JournalEvent {
        .stamped(.actionNoteAdded(actionId: "act-cyber-hoax", note: "catatan \(i)"), user: user)
    }

    func deal(_ i: Int, value: Int64 = 1_000_000, by user: String = "ana") -> JournalEvent {
        .stamped(.dealRecorded(Deal(id: "d-\(user)-\(i)-\(UUID().uuidString.prefix(6))", mission: "m2025-kaltim", direction: .sell,
                                    valueRupiah: value, status: .reported, kind: .itemised, source: "desk:\(user)")), user: user)
    }

    @Test(arguments: kinds)
    func anAppendIsReadOnceAndReadersCatchUpByPosition(kind: Kind) throws {
        let base = try loadBundled()
        let store = try fresh(kind, base)
        var ds = base, cursor = Journal.Cursor()
        #expect(store.replay(into: &ds, cursor: &cursor, reportTorn: true).applied == 0, "an empty store is an empty journal")
        try store.append([note(1)])
        var r = store.replay(into: &ds, cursor: &cursor, reportTorn: true)
        #expect(r.applied == 1 && r.problems.isEmpty)
        r = store.replay(into: &ds, cursor: &cursor, reportTorn: true)
        #expect(r.applied == 0, "nothing new: nothing read again")
        try store.append([note(2)])
        try store.append([note(3)])
        r = store.replay(into: &ds, cursor: &cursor, reportTorn: true)
        #expect(r.applied == 2)
        #expect(ds.actionHistory["act-cyber-hoax"]?.count == 3)
    }

    @Test(arguments: kinds)
    func aBatchIsAppliedWholeAndARetryRecordsNothingTwice(kind: Kind) throws {
        let base = try loadBundled()
        let store = try fresh(kind, base)
        let batch = (1...3).map { deal($0) }
        try store.append(batch)
        _ = try store.append(batch, retrying: true)
        let single = deal(9)
        try store.append([single])
        _ = try store.append([single], retrying: true)
        var ds = base, cursor = Journal.Cursor()
        let r = store.replay(into: &ds, cursor: &cursor, reportTorn: true)
        #expect(r.applied == 4 && r.problems.isEmpty, "\(r.problems)")
        #expect(ds.deals.count == base.deals.count + 4)
        #expect(Set(ds.deals.map(\.id)).count == ds.deals.count, "no deal twice")
    }

    /// Two desks change the same action from the same version: the later change is kept as a
    /// conflict and not applied — it never silently overwrites.
    @Test(arguments: kinds)
    func aChangeFromAnOlderVersionIsAConflictNotAnOverwrite(kind: Kind) throws {
        let base = try loadBundled()
        let store = try fresh(kind, base)
        let version = base.version(ofAction: "act-cyber-hoax")
        let a = JournalEvent.stamped(.actionStatusSet(actionId: "act-cyber-hoax", status: .done, previous: .unknown), user: "ana", basedOn: version)
        let b = JournalEvent.stamped(.actionStatusSet(actionId: "act-cyber-hoax", status: .inProgress, previous: .unknown), user: "budi", basedOn: version)
        try store.append([a])
        try store.append([b])
        var ds = base, cursor = Journal.Cursor()
        _ = store.replay(into: &ds, cursor: &cursor, reportTorn: true)
        #expect(ds.actions.first { $0.id == "act-cyber-hoax" }?.status == .done, "ana's change stands")
        #expect(ds.conflicts.map(\.event.eventId) == [b.eventId], "budi's is a conflict, not applied")
    }

    /// Two desks set the same value from the same version: agreement, on every store alike — both
    /// changes stay in the history, none is a conflict.
    @Test(arguments: kinds)
    func theSameValueFromTheSameVersionAgrees(kind: Kind) throws {
        let base = try loadBundled()
        let store = try fresh(kind, base)
        let version = base.version(ofAction: "act-cyber-hoax")
        let a = JournalEvent.stamped(.actionStatusSet(actionId: "act-cyber-hoax", status: .done, previous: .unknown), user: "ana", basedOn: version)
        let b = JournalEvent.stamped(.actionStatusSet(actionId: "act-cyber-hoax", status: .done, previous: .unknown), user: "budi", basedOn: version)
        _ = try store.append([a])
        _ = try store.append([b])
        var ds = base, cursor = Journal.Cursor()
        _ = store.replay(into: &ds, cursor: &cursor, reportTorn: true)
        #expect(ds.conflicts.isEmpty && ds.actions.first { $0.id == "act-cyber-hoax" }?.status == .done)
        #expect(ds.actionHistory["act-cyber-hoax"]?.map(\.eventId) == [a.eventId, b.eventId])
        #expect(ds.actionHistory["act-cyber-hoax"]?.last?.sameAs == ActionChange.SameValue(first: a.eventId, madeFrom: version))
    }

    /// Four writers at once: every acknowledged event is there exactly once, totals exact.
    @Test(arguments: kinds)
    func concurrentWritersLoseNothingAndDuplicateNothing(kind: Kind) async throws {
        let base = try loadBundled()
        let store = try fresh(kind, base)
        let location: String = (store as? FileJournal)?.path ?? (store as? PostgresJournal)?.url ?? ""
        let ids = try await withThrowingTaskGroup(of: [String].self) { group in
            for w in 0..<4 {
                group.addTask {
                    // Each writer has its own connection or file descriptor, as a separate desk would.
                    let mine = JournalStores.open(location, datasetId: base.datasetId)
                    var done: [String] = []
                    for i in 0..<25 {
                        let e = deal(i, value: 1_000, by: "w\(w)")
                        try mine.append([e])
                        done.append(e.eventId)
                    }
                    return done
                }
            }
            var all: [String] = []
            for try await part in group { all += part }
            return all
        }
        var ds = base, cursor = Journal.Cursor()
        let r = store.replay(into: &ds, cursor: &cursor, reportTorn: true)
        #expect(r.applied == 100 && ids.count == 100)
        #expect(ds.deals.count == base.deals.count + 100)
        let added = ds.deals.dropFirst(base.deals.count).map(\.valueRupiah).reduce(0, +)
        #expect(added == 100_000)
    }

    /// `journal copy` between the two kinds, both ways: line for line, and never twice.
    @Test func copyIsLosslessAndIdempotentBothWays() throws {
        guard TestPostgres.available else { return }
        let base = try loadBundled()
        let file = try fresh(.file, base) as! FileJournal
        try file.append([note(1)])
        try file.append((1...3).map { deal($0) })
        try file.append([deal(7)])
        let pgURL = try TestPostgres.freshDatabase()
        let refused = JournalCopy.copy(from: file.path, to: pgURL, datasetId: base.datasetId)
        guard case .failure(.destination(let why)) = refused else { Issue.record("\(refused)"); return }
        #expect(why.contains("journal init"), "a database without the schema says how to make it: \(why)")
        _ = try PostgresJournal(url: pgURL, datasetId: base.datasetId).initialise()
        var r = try JournalCopy.copy(from: file.path, to: pgURL, datasetId: base.datasetId).get()
        #expect(r.read == 3 && r.copied == 3 && r.skippedLines == 0)
        r = try JournalCopy.copy(from: file.path, to: pgURL, datasetId: base.datasetId).get()
        #expect(r.copied == 0, "a second copy copies nothing")
        let back = file.path + ".back"
        r = try JournalCopy.copy(from: pgURL, to: back, datasetId: base.datasetId).get()
        #expect(r.copied == 3)
        #expect(try String(contentsOfFile: back, encoding: .utf8) == String(contentsOfFile: file.path, encoding: .utf8), "line for line")
    }
}

extension JournalCopy.Failure: CustomStringConvertible {
    public var description: String {
        switch self {
        case .source(let s), .destination(let s): s
        }
    }
}
