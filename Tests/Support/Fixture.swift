import TradeModel
import TradeState
import TradeStore

/// The bundled fixtures as the dashboard sees them, on a fixed day so "overdue" never drifts.
public enum Fixture {
    public static let today = PartialDate(year: 2026, month: 11, day: 23)

    public static func model(_ edit: ((inout Dataset) -> Void)? = nil) throws -> DashboardModel {
        var ds = try loadBundled()
        edit?(&ds)
        let agg = try Aggregates.compute(ds, today: today)
        return try DashboardModel(dataset: ds, aggregates: agg, journalPath: "/tmp/j.jsonl", journalEvents: 0, warnings: [], today: today)
    }

    /// Loaded once for every test; a fixture that does not load stops the run with its problems.
    public static let shared: DashboardModel = {
        do { return try model() } catch { fatalError("the bundled fixtures do not load: \(error)") }
    }()

    public static func state(_ m: DashboardModel = shared, width: Int = 80, height: Int = 24, lang: Language = .id) -> AppState {
        Reducer.initial(m, width: width, height: height, lang: lang, user: "ana", idPrefix: "test",
                        clock: lang == .id ? "Sen 23 Nov 2026 08.00 WIB" : "Mon 23 Nov 2026 08:00 WIB", zone: .wib)
    }
}

extension Fixture {
    /// Ana ticks act-cyber-hoax from the fixtures' version, after budi set it in progress (or made
    /// `theirs`) at 14.02 WIB: her change (`mine`) and the model in which it met budi's as a conflict.
    public static func conflictOnCyberHoax(theirs: JournalEvent.Body = .actionStatusSet(actionId: "act-cyber-hoax", status: .inProgress, previous: .open))
        throws -> (mine: JournalEvent, later: DashboardModel) {
        let mine = JournalEvent(eventId: "mine", at: "2026-11-23T07:05:00Z", user: "ana",
                                body: .actionStatusSet(actionId: "act-cyber-hoax", status: .done, previous: .open), basedOn: Dataset.fixturesVersion)
        let later = try model { ds in
            ds.actionHistory["act-cyber-hoax"] = [ActionChange(eventId: "theirs", at: "2026-11-23T07:02:00Z", user: "budi",
                                                               body: theirs, undoes: nil)]
            ds.conflicts = [Conflict(event: mine, basedOn: Dataset.fixturesVersion, current: "theirs")]
        }
        return (mine, later)
    }
}

extension AppState {
    /// Sends keys through the reducer, as a user would type them.
    public mutating func press(_ keys: Key..., model: DashboardModel = Fixture.shared) {
        for k in keys { _ = Reducer.reduce(&self, .key(k), model) }
    }

    public mutating func type(_ text: String, model: DashboardModel = Fixture.shared) {
        for c in text { _ = Reducer.reduce(&self, .key(.char(c)), model) }
    }
}
