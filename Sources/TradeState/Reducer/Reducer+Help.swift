import TradeModel

/// Searching the `?` help: `/` types a search, every match is highlighted, the view goes to the
/// first match from where it is, `n`/`N` go to the next and the previous, Esc clears it.
extension Reducer {
    /// The command while help shows, when it is about the search (nil: the usual one runs).
    static func helpCommand(_ s: inout AppState, _ cmd: Command, _ key: Key?) -> [Effect]? {
        let lang = s.lang
        let t = { (id: String, en: String) in UIText.t(id, en, lang) }
        if s.helpShowsWarnings {
            guard [.filter, .nextMatch, .prevMatch].contains(cmd) else { return nil }
            s.status = StatusMessage(text: t("Pencarian ada di bantuan (?)", "Search is in help (?)"), isError: false)
            return []
        }
        switch cmd {
        case .filter:
            s.helpSearching = true
        case .applyFilter:
            s.helpSearching = false
        case .clearFilter:
            endHelpSearch(&s)
        case .insertText, .deleteBackward, .clearText:
            guard s.helpSearching else { return nil }
            switch cmd {
            case .insertText: if let c = key?.typedText, s.helpQuery.count < Prompt.maxLength { s.helpQuery.append(c) }
            case .deleteBackward: if !s.helpQuery.isEmpty { s.helpQuery.removeLast() }
            default: s.helpQuery = ""
            }
            // Typing searches again from the match shown (or the top of the page).
            goToMatch(&s, from: s.helpMatch ?? s.helpScroll, step: 0)
        case .nextMatch, .prevMatch:
            guard !s.helpQuery.isEmpty else {
                s.status = StatusMessage(text: t("Ketik / untuk mencari", "Type / to search"), isError: false)
                return []
            }
            goToMatch(&s, from: s.helpMatch ?? s.helpScroll, step: cmd == .nextMatch ? 1 : -1)
        case .back:
            // Esc clears a search before it closes help.
            guard key == .escape, !s.helpQuery.isEmpty || s.helpSearching else { return nil }
            endHelpSearch(&s)
        default:
            return nil
        }
        return []
    }

    static func endHelpSearch(_ s: inout AppState) {
        s.helpQuery = ""
        s.helpSearching = false
        s.helpMatch = nil
    }

    /// The match at or after line `from` (`step` 0), after it (1) or before it (−1), wrapping;
    /// the page scrolls to show it near its top.
    static func goToMatch(_ s: inout AppState, from: Int, step: Int) {
        let lines = HelpContent.lines(s)
        let matches = HelpSearch.matchLines(HelpSearch.hits(in: lines, s.helpQuery))
        guard !matches.isEmpty else { s.helpMatch = nil; return }
        let line: Int = switch step {
        case 0: matches.first { $0 >= from } ?? matches[0]
        case 1: matches.first { $0 > from } ?? matches[0]
        default: matches.last { $0 < from } ?? matches[matches.count - 1]
        }
        s.helpMatch = line
        let rows = HelpContent.rows(s, Layout(width: s.width, height: s.height))
        if line < s.helpScroll || line >= s.helpScroll + rows {
            s.helpScroll = min(max(0, line - 2), max(0, lines.count - rows))
        }
    }
}
