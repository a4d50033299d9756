import TradeState

public struct Theme: Sendable {
    public let kind: ThemeKind
    public let styles: [Role: Style]

    public func style(_ r: Role) -> Style { styles[r] ?? Style() }

    /// Picks the theme: monochrome when NO_COLOR is set (https://no-color.org) or the terminal has
    /// no colours; 256 colours when available; else the 16 basic ones.
    public static func choose(colors: Int, hasColors: Bool, noColor: Bool, projector: Bool = false) -> Theme {
        if noColor || !hasColors { return projector ? projectorMono : mono }
        if projector { return colors >= 256 ? projector256 : projector16 }
        return colors >= 256 ? color256 : color16
    }

    public static let mono = Theme(kind: .mono, styles: [
        .header: Style(reverse: true), .tab: Style(), .tabActive: Style(bold: true, reverse: true),
        .title: Style(bold: true), .dim: Style(dim: true), .selected: Style(reverse: true),
        .money: Style(bold: true), .positive: Style(bold: true), .negative: Style(bold: true, underline: true),
        .bar: Style(), .barDim: Style(dim: true), .overdue: Style(bold: true, underline: true), .done: Style(dim: true),
        .warning: Style(bold: true), .conflict: Style(underline: true), .hint: Style(reverse: true),
        .hintKey: Style(bold: true, reverse: true), .illustrative: Style(bold: true, underline: true), .border: Style(dim: true),
        .big: Style(bold: true), .highlight: Style(bold: true, reverse: true), .provenance: Style(underline: true),
    ])

    /// High contrast for a projector in a lit hall: bright text on black, yellow for what changed.
    public static let projector256 = Theme(kind: .projector256, styles: [
        .normal: Style(fg: 231, bg: 16), .title: Style(fg: 231, bg: 16, bold: true), .dim: Style(fg: 250, bg: 16),
        .money: Style(fg: 226, bg: 16, bold: true), .big: Style(fg: 231, bg: 16, bold: true), .bar: Style(fg: 51, bg: 16),
        .barDim: Style(fg: 39, bg: 16), .highlight: Style(fg: 16, bg: 226, bold: true), .warning: Style(fg: 214, bg: 16, bold: true),
        .positive: Style(fg: 46, bg: 16, bold: true), .negative: Style(fg: 203, bg: 16, bold: true), .conflict: Style(fg: 213, bg: 16),
        .hint: Style(fg: 244, bg: 16), .hintKey: Style(fg: 250, bg: 16, bold: true), .illustrative: Style(fg: 213, bg: 16, bold: true),
        .header: Style(fg: 231, bg: 16, bold: true), .selected: Style(fg: 16, bg: 231), .provenance: Style(fg: 214, bg: 16),
    ])

    public static let projector16 = Theme(kind: .projector16, styles: [
        .normal: Style(fg: 7, bg: 0), .title: Style(fg: 7, bg: 0, bold: true), .dim: Style(fg: 7, bg: 0),
        .money: Style(fg: 3, bg: 0, bold: true), .big: Style(fg: 7, bg: 0, bold: true), .bar: Style(fg: 6, bg: 0, bold: true),
        .barDim: Style(fg: 4, bg: 0, bold: true), .highlight: Style(fg: 0, bg: 3, bold: true), .warning: Style(fg: 3, bg: 0, bold: true),
        .positive: Style(fg: 2, bg: 0, bold: true), .negative: Style(fg: 1, bg: 0, bold: true), .conflict: Style(fg: 5, bg: 0),
        .hint: Style(fg: 7, bg: 0), .hintKey: Style(fg: 7, bg: 0, bold: true), .illustrative: Style(fg: 5, bg: 0, bold: true),
        .header: Style(fg: 7, bg: 0, bold: true), .selected: Style(fg: 0, bg: 7), .provenance: Style(fg: 3, bg: 0),
    ])

    public static let projectorMono = Theme(kind: .projectorMono, styles: [
        .title: Style(bold: true), .money: Style(bold: true), .big: Style(bold: true), .highlight: Style(bold: true, reverse: true),
        .warning: Style(bold: true), .negative: Style(bold: true, underline: true), .dim: Style(dim: true),
        .illustrative: Style(bold: true, underline: true), .header: Style(bold: true), .selected: Style(reverse: true),
        .hintKey: Style(bold: true), .provenance: Style(underline: true),
    ])

    public static let color16 = Theme(kind: .color16, styles: [
        .header: Style(fg: 7, bg: 4, bold: true), .tab: Style(fg: 7, bg: 0), .tabActive: Style(fg: 0, bg: 6, bold: true),
        .title: Style(fg: 6, bold: true), .dim: Style(dim: true), .selected: Style(fg: 0, bg: 6),
        .money: Style(fg: 2, bold: true), .positive: Style(fg: 2), .negative: Style(fg: 1, bold: true),
        .bar: Style(fg: 6), .barDim: Style(fg: 4), .overdue: Style(fg: 1, bold: true), .done: Style(fg: 2),
        .warning: Style(fg: 3, bold: true), .conflict: Style(fg: 5), .hint: Style(fg: 7, bg: 4),
        .hintKey: Style(fg: 3, bg: 4, bold: true), .illustrative: Style(fg: 5, bold: true), .border: Style(fg: 4),
        .big: Style(bold: true), .highlight: Style(fg: 0, bg: 3, bold: true), .provenance: Style(fg: 3),
    ])

    public static let color256 = Theme(kind: .color256, styles: [
        .header: Style(fg: 231, bg: 24, bold: true), .tab: Style(fg: 250, bg: 236), .tabActive: Style(fg: 16, bg: 80, bold: true),
        .title: Style(fg: 80, bold: true), .dim: Style(fg: 245), .selected: Style(fg: 16, bg: 117),
        .money: Style(fg: 114, bold: true), .positive: Style(fg: 114), .negative: Style(fg: 203, bold: true),
        .bar: Style(fg: 73), .barDim: Style(fg: 60), .overdue: Style(fg: 203, bold: true), .done: Style(fg: 108),
        .warning: Style(fg: 221, bold: true), .conflict: Style(fg: 177), .hint: Style(fg: 252, bg: 237),
        .hintKey: Style(fg: 221, bg: 237, bold: true), .illustrative: Style(fg: 177, bold: true), .border: Style(fg: 60),
        .big: Style(bold: true), .highlight: Style(fg: 16, bg: 221, bold: true), .provenance: Style(fg: 180),
    ])
}

