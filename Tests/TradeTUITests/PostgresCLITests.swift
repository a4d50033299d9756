import Foundation
import Testing
import TradeStore
import TradeTestSupport

/// Choosing a PostgreSQL journal from the command line: credentials never on it or on screen.
@Suite struct PostgresCLITests {
    @Test func aPasswordInTheURLIsRefusedAndNeverEchoed() throws {
        for url in ["postgresql://desk:s3cret@db.example/trade", "postgresql://desk@db.example/trade?password=s3cret"] {
            let r = try CLI.run(["summary", "--journal", url, "--lang", "en"])
            #expect(r.status == 64, "\(r.stderr)")
            #expect(r.stderr.contains("PGPASSWORD") && !r.stderr.contains("s3cret") && !r.stdout.contains("s3cret"))
            let i = try CLI.run(["journal", "init", url])
            #expect(i.status == 64 && !i.stderr.contains("s3cret"))
        }
    }

    @Test func whatIsShownHasNoUserPasswordOrOptions() {
        #expect(PostgresURL.display("postgresql://desk@server:5432/trade?sslmode=require") == "postgresql://server:5432/trade")
        #expect(PostgresURL.display("postgres://u:p@h/db") == "postgresql://h/db")
        #expect(PostgresURL.user("postgresql://desk%40x@server/trade") == "desk@x")
        #expect(!PostgresURL.hasPassword("postgresql://desk@server/trade?sslmode=require"))
    }

    @Test func anUnreachableServerIsExit69WithASentence() throws {
        let t0 = Date()
        let r = try CLI.run(["summary", "--lang", "en"], env: ["TRADE_TUI_JOURNAL": "postgresql://nobody@127.0.0.1:9/none?connect_timeout=2"])
        #expect(r.status == 69, "\(r.stderr)")
        #expect(r.stderr.contains("cannot be reached") && r.stderr.contains("postgresql://127.0.0.1:9/none"))
        #expect(Date().timeIntervalSince(t0) < 15, "no hang")
    }
}
