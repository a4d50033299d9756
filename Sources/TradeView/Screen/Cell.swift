import TradeModel
import TradeState

/// One screen cell: a grapheme and its role. A wide grapheme occupies its cell and the next, which
/// is marked as a continuation.
public struct Cell: Equatable, Sendable {
    public var ch: Character
    public var role: Role
    public var continuation: Bool
    /// The "…" that says text was cut for room (`ScreenBuffer.put`), not an ellipsis the text
    /// itself holds ("Memuat data…"): a terminal without UTF-8 shows the two differently.
    public var cut = false

    public static let blank = Cell(ch: " ", role: .normal, continuation: false)

    /// What a terminal without UTF-8 shows in this cell: `>` for a cut, else `ASCIIFallback`.
    public var ascii: String { cut ? ">" : ASCIIFallback.text(ch) }
}
