import TradeModel

public struct Rect: Equatable, Sendable {
    public var x: Int, y: Int, width: Int, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
    public var maxY: Int { y + height }
    public func inset(top: Int = 0, bottom: Int = 0) -> Rect { Rect(x: x, y: y + top, width: width, height: max(0, height - top - bottom)) }
    public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < x + width && py >= y && py < y + height }
}
