import TradeState

/// What the terminal reported.
enum TerminalEvent {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    case timeout
    /// The terminal went away (hang-up): the loop must end, never spin.
    case hangup
}
