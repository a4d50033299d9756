import TradeModel

public enum MouseEvent: Equatable, Sendable {
    case click(x: Int, y: Int)
    case wheelUp(x: Int, y: Int)
    case wheelDown(x: Int, y: Int)
}
