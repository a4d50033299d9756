import SnapshotTesting
import TradeModel
import TradeStore
import TradeState
@testable import TradeView
import TradeTestSupport

extension Snapshotting where Value == ScreenBuffer, Format == String {
    /// A whole screen as text, one line per row (trailing spaces kept, so widths are checked too).
    static var screen: Snapshotting {
        Snapshotting<String, String>.lines.pullback { $0.lines().joined(separator: "\n") }
    }
}
