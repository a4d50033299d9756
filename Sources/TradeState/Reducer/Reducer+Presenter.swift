import TradeModel

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
        // Unfrozen: the total catches up with the data the rest of the screen now shows (it was
        // held while frozen), highlighted like any change.
        if cmd == .freeze && !p.frozen { presenterDataChanged(&s, model) }
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
        p.figures = p.figures.following(model, p.mission)
        s.presenter = p
    }
}
