import TradeModel
import TradeState

/// How each role looks, per terminal capability. Meaning never rests on colour alone: every state
/// also has a glyph or a word (✓, ⚠ terlambat, ≠, [ILUSTRASI]) and monochrome keeps attributes.
public struct Style: Equatable, Sendable {
    /// -1 is the terminal's default colour.
    public var fg: Int16 = -1
    public var bg: Int16 = -1
    public var bold = false
    public var reverse = false
    public var dim = false
    public var underline = false
}
