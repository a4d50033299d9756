import TradeModel

public enum StyledWidth {
    public static func of(_ line: StyledLine) -> Int { line.reduce(0) { $0 + TextWidth.of($1.text) } }
}
