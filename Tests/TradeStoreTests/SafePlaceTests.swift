import Foundation
import Testing
import TradeModel
@testable import TradeStore
import TradeTestSupport

/// The rules for places, judged as another user (an injected uid), so they run without root.
@Suite struct SafePlaceTests {
    func temp() throws -> String {
        let d = NSTemporaryDirectory() + "trade-tui-place-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
        return d
    }

    /// A uid that owns nothing here.
    let stranger: uid_t = 4242

    /// An entry made in the system's sticky, world-writable temporary directory (owned by root),
    /// and the uid to judge it as so that it is another user's: as root, the entry is given to
    /// the stranger; otherwise it is ours and the stranger judges.
    func foreign(_ make: (String) throws -> Void) throws -> (path: String, judge: uid_t)? {
        var st = stat()
        guard stat("/tmp", &st) == 0, st.st_mode & S_IWOTH != 0, st.st_mode & S_ISVTX != 0 else { return nil }
        let path = "/tmp/trade-tui-place-" + UUID().uuidString
        try make(path)
        if geteuid() == 0 {
            lchown(path, stranger, stranger)
            return (path, 0)
        }
        return (path, stranger)
    }

    @Test func aLinkInASharedDirectoryIsTrustedOnlyFromItsOwner() throws {
        let target = try temp()
        guard let (link, judge) = try foreign({ try FileManager.default.createSymbolicLink(atPath: $0, withDestinationPath: target) }) else { return }
        defer { unlink(link) }
        let why = try #require(SafePlace.problem(with: link + "/j.jsonl", rule: .links, uid: judge))
        #expect(why.contains("is a symbolic link owned by another user") && why.contains("in the shared directory /tmp; it is not followed"), "\(why)")
        #expect(SafePlace.problem(with: link + "/j.jsonl", rule: .strict, uid: judge) != nil)
        // Its owner may follow it.
        var st = stat()
        lstat(link, &st)
        #expect(SafePlace.problem(with: link + "/j.jsonl", rule: .links, uid: st.st_uid) == nil)
        // The same link outside a shared directory is the user's business.
        let own = try temp()
        try FileManager.default.createSymbolicLink(atPath: own + "/link", withDestinationPath: target)
        #expect(SafePlace.problem(with: own + "/link/j.jsonl", rule: .links, uid: judge) == nil)
    }

    @Test func theStrictRuleRefusesForeignEntriesAndUnstickySharedDirectories() throws {
        guard let (theirs, judge) = try foreign({ try FileManager.default.createDirectory(atPath: $0, withIntermediateDirectories: false) }) else { return }
        defer { rmdir(theirs) }
        #expect(SafePlace.problem(with: theirs + "/j.jsonl", rule: .links, uid: judge) == nil, "a path the user names may go through it")
        #expect(SafePlace.problem(with: theirs + "/j.jsonl", rule: .strict, uid: judge)?.contains("belongs to another user") == true)
        let d = try temp()
        try FileManager.default.createDirectory(atPath: d + "/open/mine", withIntermediateDirectories: true)
        chmod(d + "/open", 0o777)
        #expect(SafePlace.problem(with: d + "/open/mine/j.jsonl", rule: .strict, uid: geteuid())?.contains("is not sticky") == true)
        #expect(SafePlace.problem(with: d + "/open/mine/j.jsonl", rule: .links, uid: geteuid()) == nil)
        #expect(SafePlace.problem(with: d + "/missing/j.jsonl", rule: .strict, uid: geteuid()) == nil, "nothing there yet: nothing to judge")
    }

    @Test func makeDirectoriesNeverGoesThroughAPlantedLink() throws {
        guard geteuid() == 0 else { return } // giving a link away needs root
        let d = try temp()
        let shared = d + "/shared", victim = d + "/victim"
        try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: false)
        try FileManager.default.createDirectory(atPath: victim, withIntermediateDirectories: false)
        chmod(shared, 0o1777)
        try FileManager.default.createSymbolicLink(atPath: shared + "/state", withDestinationPath: victim)
        lchown(shared + "/state", stranger, stranger)
        #expect(throws: FileWriteError.self) { try FileWriter.makeDirectories(shared + "/state/trade-tui") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: victim).isEmpty)
        #expect(throws: JournalWriteError.self) {
            try JournalWriter(path: shared + "/state/trade-tui/j.jsonl", datasetId: "x").append([JournalEvent.stamped(.actionNoteAdded(actionId: "a", note: "n"), user: "u")])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: victim).isEmpty)
    }

    @Test func noHomeMeansNoDefaultJournal() {
        guard case .failure(let f) = JournalLocation.resolve(explicit: nil, datasetId: "x", environment: ["XDG_STATE_HOME": "rel"]) else {
            Issue.record("a default without HOME")
            return
        }
        #expect(f.kind == .journalPlace && f.message(.en).contains(JournalLocation.askForJournal) && f.message(.id).contains(JournalLocation.askForJournalId))
        #expect((try? JournalLocation.resolve(explicit: "/j.jsonl", datasetId: "x", environment: [:]).get()) == "/j.jsonl")
    }
}
