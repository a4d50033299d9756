import TradeModel

/// The forum screen's state: read-only by construction (its reducer never emits `.record`).
public struct PresenterState: Equatable, Sendable {
    public enum Slide: Int, CaseIterable, Sendable { case total, commodities, provinces, timeline }

    /// nil: the grand total of the data set; else one mission or agreement.
    public var mission: String?
    public var slide: Slide = .total
    public var blanked = false
    public var frozen = false
    public var confirmingQuit = false
    /// Auto-rotate the slides every N seconds (nil: off).
    public var rotateSeconds: Int?
    /// Leaving the presenter ends the program (`trade-tui present`), or returns to the dashboard.
    public var exitsProgram: Bool
    /// Monotonic seconds and UTC epoch seconds from the run loop's ticks.
    public var now: Double = 0
    public var utc: Int = 0
    public var lastRotate: Double = 0
    /// The exact total on screen; a change starts a highlight and a count-up animation.
    public var shownTotal: Int64
    public var changedAt: Double?
    public var animateFrom: Int64?
    public var delta: Int64 = 0
    /// What the shown total is made of (deals, published sums, letters of intent, rounding),
    /// held with it while frozen.
    public var figures: PresenterFigures

    public static let highlightSeconds = 6.0
    public static let animationSeconds = 1.2

    public init(mission: String?, exitsProgram: Bool, rotateSeconds: Int?, model: DashboardModel) {
        self.mission = mission
        self.exitsProgram = exitsProgram
        self.rotateSeconds = rotateSeconds
        shownTotal = PresenterState.total(model, mission)
        figures = PresenterFigures(model, mission)
    }

    /// A mission's (or agreement's) own total, letters of intent included as its published final
    /// counts them; for the data set, its transactions (the letters of intent are shown apart),
    /// the same figure as `summary`'s transaction total.
    public static func total(_ model: DashboardModel, _ mission: String?) -> Int64 {
        guard let mission else { return model.transactionsRupiah }
        return model.missionIndex[mission].map { model.aggregates.missions[$0].totalValueRupiah } ?? 0
    }

    public var highlighted: Bool { changedAt.map { now - $0 < Self.highlightSeconds } ?? false }

    /// The number the big digits show: counting up after a change, the exact total otherwise.
    public var bigValue: Int64 {
        guard let from = animateFrom, let at = changedAt else { return shownTotal }
        let t = min(1, max(0, (now - at) / Self.animationSeconds))
        if t >= 1 { return shownTotal }
        let eased = 1 - (1 - t) * (1 - t)
        return from + Int64((Double(shownTotal - from) * eased).rounded())
    }

    /// Whether the run loop should draw frequently (an animation is running).
    public var animating: Bool { changedAt.map { now - $0 < Self.animationSeconds } ?? false }
}
