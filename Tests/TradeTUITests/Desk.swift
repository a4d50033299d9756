import Testing
import TradeModel
@testable import TradeState
import TradeStore
import TradeTestSupport
@testable import TradeTUI

/// One dashboard on a journal of its own temp dir: its state, its model, and the effects
/// performed the way the run loop performs them (append, poll, `.dataChanged`, `.recorded`).
struct Desk {
    let path: String
    let user: String
    var sync: JournalSync
    var model: DashboardModel
    var state: AppState

    init(user: String = "ana") throws {
        path = try CLI.tempDir() + "/j.jsonl"
        self.user = user
        let loaded = try DataLoader.load(directory: fixturesDir, journal: path, environment: [:]).get()
        sync = JournalSync(loaded, today: Fixture.today)
        model = try sync.model()
        state = Fixture.state(model)
    }

    /// Presses `key` and performs what it asks for.
    mutating func press(_ key: Key) throws {
        try perform(Reducer.reduce(&state, .key(key), model))
    }

    mutating func perform(_ effects: [Effect]) throws {
        for case .record(let bodies, let undoes, let basedOn, let purpose) in effects {
            let events = try sync.record(bodies, user: user, undoes: undoes, basedOn: basedOn).get()
            try poll()
            #expect(Reducer.reduce(&state, .recorded(events, purpose), model).isEmpty)
        }
    }

    /// Picks up what other processes appended.
    mutating func poll() throws {
        if let fresh = try sync.poll(current: model)?.get() { model = fresh }
        #expect(Reducer.reduce(&state, .dataChanged, model).isEmpty)
    }
}
