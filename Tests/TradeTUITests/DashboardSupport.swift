import Foundation
import SnapshotTesting
@testable import TradeModel
@testable import TradeTUI

/// The bundled fixtures as the dashboard sees them, on a fixed day so "overdue" never drifts.
enum Fixture {
    static let today = PartialDate(year: 2026, month: 11, day: 23)

    static func model(_ edit: ((inout Dataset) -> Void)? = nil) throws -> DashboardModel {
        let r = DatasetLoader.load(directory: CLI.repoRoot + "/fixtures")
        guard var ds = r.dataset else { throw LoadError(problems: r.problems) }
        edit?(&ds)
        let agg = try Aggregates.compute(ds, today: today)
        return DashboardModel(dataset: ds, aggregates: agg, journalPath: "/tmp/j.jsonl", journalEvents: 0, warnings: [], today: today)
    }

    static let shared: DashboardModel = try! model()

    static func state(_ m: DashboardModel = shared, width: Int = 80, height: Int = 24, lang: Language = .id) -> AppState {
        var s = Reducer.initial(m, width: width, height: height, lang: lang)
        s.clock = lang == .id ? "Sen 23 Nov 2026 08.00 WIB" : "Mon 23 Nov 2026 08:00 WIB"
        s.user = "ana"
        return s
    }

    struct LoadError: Error { var problems: [Problem] }
}

extension AppState {
    /// Sends keys through the reducer, as a user would type them.
    mutating func press(_ keys: Key..., model: DashboardModel = Fixture.shared) {
        for k in keys { _ = Reducer.reduce(&self, .key(k), model) }
    }

    mutating func type(_ text: String, model: DashboardModel = Fixture.shared) {
        for c in text { _ = Reducer.reduce(&self, .key(.char(c)), model) }
    }
}

extension Snapshotting where Value == ScreenBuffer, Format == String {
    /// A whole screen as text, one line per row (trailing spaces kept, so widths are checked too).
    static var screen: Snapshotting {
        Snapshotting<String, String>.lines.pullback { $0.lines().joined(separator: "\n") }
    }
}
