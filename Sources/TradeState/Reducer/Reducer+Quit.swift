import TradeModel

extension Reducer {
    /// Ctrl-C, as a key or as SIGINT from the terminal: quits at once when nothing would be lost
    /// (exit 130, as the signal always did); else asks as `q` does (also over an open form, whose entries would be lost). A second
    /// Ctrl-C — at the question, or while the last change is saved before quitting — quits
    /// without waiting; the run loop then says what was not saved.
    static func interrupt(_ s: inout AppState, _ model: DashboardModel) -> [Effect] {
        if s.askingToQuit || s.quitting {
            s.askingToQuit = false
            s.quitting = true
            return [.quitNow]
        }
        if QuitQuestion.needed(s, model) || s.form != nil {
            // The question is the desk's: a presenter opened from the desk closes to show it.
            s.presenter = nil
            s.askingToQuit = true
            return []
        }
        s.quitting = true
        return [.quitNow]
    }
}
