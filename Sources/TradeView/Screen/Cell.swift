import TradeModel
import TradeState

/// One screen cell: a grapheme and its role. A wide grapheme occupies its cell and the next, which
/// is marked as a continuation.
public struct Cell: Equatable, Sendable {
    public var ch: Character
    public var role: Role
    public var continuation: Bool

    public static let blank = Cell(ch: " ", role: .normal, continuation: false)
}
