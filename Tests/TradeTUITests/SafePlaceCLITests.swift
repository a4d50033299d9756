import Foundation
import Testing
import TradeModel
import TradeStore
import TradeTestSupport

/// Where the journal may be: never a link planted in a shared directory, never a world-writable
/// default, never `/tmp` for want of a HOME.
@Suite(.serialized) struct SafePlaceCLITests {
    let deal = CLI.recordDeal

    @Test func withoutHomeOrXDGStateHomeACommandAsksForJournal() throws {
        let bare = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        for env in [bare, bare.merging(["XDG_STATE_HOME": "relative/state"]) { $1 }] {
            for args in [["summary"], ["validate"], ["checklist"], ["journal", "check"], ["journal", "repair"], ["journal", "export"]] {
                try CLI.expectRefusedAtOnce(args, saying: "atur HOME atau XDG_STATE_HOME, atau beri --journal FILE", status: 64, env: env)
            }
        }
        let dir = try CLI.tempDir()
        let t = try CLI.run(deal + ["--journal", dir + "/j.jsonl"], environment: bare, deadline: 5)
        #expect(t.result.status == 0, "--journal is enough: \(t.result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/trade-tui/jatim-misi-dagang.journal.jsonl"), "never the shared /tmp")
    }

    /// `XDG_STATE_HOME` in a sticky, world-writable directory where another user (uid 4242) put a
    /// link named `trade-tui` to a victim's directory: nothing is written through it.
    @Test(.enabled(if: getuid() == 0, "giving a link to another user needs root"))
    func aLinkPlantedInASharedDirectoryIsNeverFollowed() throws {
        let dir = try CLI.tempDir()
        let shared = dir + "/shared", victim = dir + "/victim"
        try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: false)
        try FileManager.default.createDirectory(atPath: victim, withIntermediateDirectories: false)
        chmod(shared, 0o1777)
        try FileManager.default.createSymbolicLink(atPath: shared + "/trade-tui", withDestinationPath: victim)
        #expect(lchown(shared + "/trade-tui", 4242, 4242) == 0)
        let env = CLI.environment().merging(["XDG_STATE_HOME": shared]) { $1 }
        for args in [["action", "act-cyber-hoax", "--done"], ["summary"], deal] {
            try CLI.expectRefusedAtOnce(args, saying: "symbolic link owned by another user (uid 4242)", status: 64, env: env)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: victim).isEmpty)
        // A directory of theirs with a link inside: refused as well.
        try FileManager.default.removeItem(atPath: shared + "/trade-tui")
        try FileManager.default.createDirectory(atPath: shared + "/trade-tui", withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: shared + "/trade-tui/jatim-misi-dagang.journal.jsonl", withDestinationPath: victim + "/file")
        try Data("victim's\n".utf8).write(to: URL(fileURLWithPath: victim + "/file"))
        #expect(chown(shared + "/trade-tui", 4242, 4242) == 0)
        try CLI.expectRefusedAtOnce(["action", "act-cyber-hoax", "--done"], saying: "belongs to another user (uid 4242)", status: 64, env: env)
        #expect(try String(contentsOfFile: victim + "/file", encoding: .utf8) == "victim's\n")
    }

    /// The default journal is never a link, even one of the user's own (the `O_NOFOLLOW` rule);
    /// a link named with `--journal` is followed.
    @Test func theDefaultJournalIsNeverALinkButANamedOneMayBe() throws {
        let home = try CLI.tempDir()
        let state = home + "/.local/state/trade-tui"
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        let elsewhere = home + "/elsewhere.jsonl"
        #expect(FileManager.default.createFile(atPath: elsewhere, contents: nil))
        try FileManager.default.createSymbolicLink(atPath: state + "/jatim-misi-dagang.journal.jsonl", withDestinationPath: elsewhere)
        let env = CLI.environment(home: home)
        try CLI.expectRefusedAtOnce(["action", "act-cyber-hoax", "--done"], saying: "is a symbolic link", status: 64, env: env)
        #expect(try Data(contentsOf: URL(fileURLWithPath: elsewhere)).isEmpty)
        let named = try CLI.run(["action", "act-cyber-hoax", "--done", "--journal", state + "/jatim-misi-dagang.journal.jsonl"], environment: env, deadline: 5)
        #expect(named.result.status == 0, "\(named.result.stderr)")
        #expect(try !Data(contentsOf: URL(fileURLWithPath: elsewhere)).isEmpty)
        // A default place anyone can write to is refused too.
        try FileManager.default.removeItem(atPath: state + "/jatim-misi-dagang.journal.jsonl")
        chmod(state, 0o777)
        try CLI.expectRefusedAtOnce(["summary"], saying: "can be written by anyone", status: 64, env: env)
        chmod(state, 0o755)
        let fine = try CLI.run(["action", "act-cyber-hoax", "--done"], environment: env, deadline: 5)
        #expect(fine.result.status == 0, "\(fine.result.stderr)")
    }
}
