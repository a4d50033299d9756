import TradeModel

public enum ThemeKind: String, Sendable { case color256, color16, mono, projector256, projector16, projectorMono }
