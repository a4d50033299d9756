import TradeModel

/// The forum screen's state: read-only by construction (its reducer never emits `.record`).
struct PresenterState: Equatable, Sendable {
    enum Slide: Int, CaseIterable, Sendable { case total, commodities, provinces, timeline }

    /// nil: the grand total of the data set; else one mission or agreement.
    var mission: String?
    var slide: Slide = .total
    var blanked = false
    var frozen = false
    var confirmingQuit = false
    /// Auto-rotate the slides every N seconds (nil: off).
    var rotateSeconds: Int?
    /// Leaving the presenter ends the program (`trade-tui present`), or returns to the dashboard.
    var exitsProgram: Bool
    /// Monotonic seconds and UTC epoch seconds from the run loop's ticks.
    var now: Double = 0
    var utc: Int = 0
    var lastRotate: Double = 0
    /// The exact total on screen; a change starts a highlight and a count-up animation.
    var shownTotal: Int64
    var changedAt: Double?
    var animateFrom: Int64?
    var delta: Int64 = 0

    static let highlightSeconds = 6.0
    static let animationSeconds = 1.2

    init(mission: String?, exitsProgram: Bool, rotateSeconds: Int?, model: DashboardModel) {
        self.mission = mission
        self.exitsProgram = exitsProgram
        self.rotateSeconds = rotateSeconds
        shownTotal = PresenterState.total(model, mission)
    }

    static func total(_ model: DashboardModel, _ mission: String?) -> Int64 {
        guard let mission else { return model.aggregates.totalValueRupiah }
        return model.missionIndex[mission].map { model.aggregates.missions[$0].totalValueRupiah } ?? 0
    }

    var highlighted: Bool { changedAt.map { now - $0 < Self.highlightSeconds } ?? false }

    /// The number the big digits show: counting up after a change, the exact total otherwise.
    var bigValue: Int64 {
        guard let from = animateFrom, let at = changedAt else { return shownTotal }
        let t = min(1, max(0, (now - at) / Self.animationSeconds))
        if t >= 1 { return shownTotal }
        let eased = 1 - (1 - t) * (1 - t)
        return from + Int64((Double(shownTotal - from) * eased).rounded())
    }

    /// Whether the run loop should draw frequently (an animation is running).
    var animating: Bool { changedAt.map { now - $0 < Self.animationSeconds } ?? false }
}

extension Reducer {
    /// Presenter keys: slides, blank, freeze, rotate, quit with confirmation. Nothing here changes
    /// data; keys remotes send that have no meaning here (F5, Esc, Space, Enter) do nothing.
    static func presenter(_ s: inout AppState, _ cmd: Command, _ model: DashboardModel) -> [Effect] {
        guard var p = s.presenter else { return [] }
        if p.confirmingQuit {
            switch cmd {
            case .confirmQuit:
                if p.exitsProgram { s.quitting = true; return [.quit] }
                s.presenter = nil
                return []
            case .cancelQuit: p.confirmingQuit = false
            default: break
            }
            s.presenter = p
            return []
        }
        let all = PresenterState.Slide.allCases
        switch cmd {
        case .nextSlide: p.slide = all[(p.slide.rawValue + 1) % all.count]; p.lastRotate = p.now
        case .prevSlide: p.slide = all[(p.slide.rawValue + all.count - 1) % all.count]; p.lastRotate = p.now
        case .blank: p.blanked.toggle()
        case .freeze: p.frozen.toggle()
        case .rotate:
            p.rotateSeconds = p.rotateSeconds == nil ? 10 : nil
            p.lastRotate = p.now
        case .quit: p.confirmingQuit = true
        default: break
        }
        s.presenter = p
        return []
    }

    /// Time passes: auto-rotation and the end of animations.
    static func presenterTick(_ s: inout AppState, now: Double, utc: Int) {
        guard var p = s.presenter else { return }
        p.now = now
        p.utc = utc
        if p.lastRotate == 0 { p.lastRotate = now }
        if let n = p.rotateSeconds, !p.frozen, !p.blanked, now - p.lastRotate >= Double(n) {
            let all = PresenterState.Slide.allCases
            p.slide = all[(p.slide.rawValue + 1) % all.count]
            p.lastRotate = now
        }
        s.presenter = p
    }

    /// New data (any process recorded a deal): the exact figure changes at once, highlighted.
    static func presenterDataChanged(_ s: inout AppState, _ model: DashboardModel) {
        guard var p = s.presenter, !p.frozen else { return }
        let total = PresenterState.total(model, p.mission)
        if total != p.shownTotal {
            p.animateFrom = p.bigValue
            p.delta = total &- p.shownTotal
            p.shownTotal = total
            p.changedAt = p.now
        }
        s.presenter = p
    }
}
