import TradeModel

/// A key as the run loop reports it, independent of ncurses.
public enum Key: Hashable, Sendable {
    case char(Character)
    case ctrl(Character)
    /// Alt (Meta) with a letter: the terminal sends Esc, then the letter.
    case alt(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, backspace, tab, backTab, delete
    case function(Int)

    /// How the key is written in help and the hint bar: the space bar is `Spasi` in Indonesian,
    /// every other key as printed on it.
    public func label(_ l: Language) -> String {
        if self == .char(" ") && l == .id { return "Spasi" }
        return label
    }

    /// How the key is written in docs/KEYS.md (and in English).
    public var label: String {
        switch self {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .ctrl(let c): "^" + String(c).uppercased()
        case .alt(let c): "Alt-" + String(c).uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "⌫"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .delete: "Del"
        case .function(let n): "F\(n)"
        }
    }

    /// A character that types into a filter, a prompt or a form field (not a control key).
    public var typedText: Character? {
        guard case .char(let c) = self, !c.unicodeScalars.contains(where: Sanitizer.isUnsafe) else { return nil }
        return c
    }
}
