import TradeModel

/// What a cell means; one theme per terminal maps roles to colours and attributes (or to
/// monochrome attributes), so panels never pick colours and meaning never rests on colour alone.
public enum Role: UInt8, CaseIterable, Sendable {
    case normal, header, tab, tabActive, title, dim, selected, money, positive, negative
    case bar, barDim, overdue, done, warning, conflict, hint, hintKey, illustrative, border
    /// A mark that a claim is inferred or derived, not stated by its source (with a glyph and a word).
    case provenance
    /// The projector's big digits and the highlight of what just changed.
    case big, highlight
}
