import Testing
import TradeModel
import TradeTestSupport
@testable import TradeState

/// Sends actions through the reducer and checks the whole new state, as TCA's `TestStore` does:
/// the test says what changes, and any other change fails.
struct TestStore {
    var state: AppState
    /// The data the next action is reduced with: a test gives a new model, then sends `.dataChanged`.
    var model: DashboardModel

    init(_ state: AppState = Fixture.state(), model: DashboardModel = Fixture.shared) {
        self.state = state
        self.model = model
    }

    /// Presses `key`; `change` turns the old state into the one expected. Returns the effects.
    @discardableResult
    mutating func send(_ key: Key, sourceLocation: SourceLocation = #_sourceLocation,
                       _ change: (inout AppState) -> Void = { _ in }) -> [Effect] {
        receive(.key(key), sourceLocation: sourceLocation, change)
    }

    @discardableResult
    mutating func receive(_ action: Action, sourceLocation: SourceLocation = #_sourceLocation,
                          _ change: (inout AppState) -> Void = { _ in }) -> [Effect] {
        var expected = state
        if case .key = action { expected.status = nil }
        change(&expected)
        let effects = Reducer.reduce(&state, action, model)
        #expect(state == expected, "\(Self.difference(state, expected))", sourceLocation: sourceLocation)
        return effects
    }

    /// The fields that differ, for a readable failure.
    static func difference(_ a: AppState, _ b: AppState) -> String {
        let fields = zip(Mirror(reflecting: a).children, Mirror(reflecting: b).children)
            .filter { String(describing: $0.value) != String(describing: $1.value) }
            .map { "\($0.label ?? "?"): got \(String(describing: $0.value).prefix(300)), expected \(String(describing: $1.value).prefix(300))" }
        return fields.joined(separator: "\n")
    }
}
