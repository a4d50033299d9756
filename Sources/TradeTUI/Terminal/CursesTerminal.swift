import Glibc
import CNCursesw
import TradeState
import TradeView

/// The only code that talks to ncurses: opens the terminal safely, writes the cells that changed
/// since the last frame, reads keys and mouse events, and always restores the terminal.
final class CursesTerminal {
    private var screen: OpaquePointer?
    private(set) var win: UnsafeMutablePointer<WINDOW>?
    private var last: ScreenBuffer?
    private var pairs: [Role: Int16] = [:]
    private var attrs: [Role: attr_t] = [:]
    private(set) var theme: Theme = .mono
    private var closed = false
    private let noColor: Bool
    private var projector = false
    /// The locale can show UTF-8; otherwise each glyph is drawn as `ASCIIFallback` says.
    private let utf8: Bool
    var showsUTF8: Bool { utf8 }
    private var colorsStarted = false
    /// Mouse reports in SGR encoding were turned on (`startMouse`): turned off on the way out.
    private var sgrMouse = false

    /// Checks, before ncurses writes anything, that both ends are a terminal that can address the
    /// cursor; `newterm` instead of `initscr`, which would exit or write escapes into a pipe.
    init(noColor: Bool) throws(TerminalUnavailable) {
        self.noColor = noColor
        guard isatty(0) == 1 else { throw .inputNotATerminal }
        guard isatty(1) == 1 else { throw .outputNotATerminal }
        // Without the locale, ncursesw draws "—", "é" and 大阪府 as blanks.
        setlocale(LC_ALL, "")
        // What the locale lets ncursesw draw: UTF-8, or ASCII only (LANG=C over ssh -t).
        utf8 = String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8"
        guard let term = getenv("TERM"), term.pointee != 0 else { throw .noTerm }
        // The size is the terminal's own (TIOCGWINSZ), never COLUMNS/LINES left in the
        // environment by a shell or a script: ncurses would prefer those, and they garble the
        // layout. (`use_env(false)` is no cure: it takes terminfo's 80×24 instead.)
        unsetenv("COLUMNS")
        unsetenv("LINES")
        guard let scr = newterm(nil, fdopen(dup(1), "w"), fdopen(dup(0), "r")) else {
            throw .unknownTerm(String(cString: term))
        }
        screen = scr
        set_term(scr)
        let cup = tigetstr("cup")
        if cup == nil || Int(bitPattern: cup) == -1 {
            endwin(); delscreen(scr); screen = nil; closed = true
            throw .cannotMoveCursor(String(cString: term))
        }
        win = tt_stdscr()
        cbreak()
        noecho()
        nonl()
        keypad(win, true)
        curs_set(0)
        set_escdelay(25)
        sgrMouse = startMouse()
        setupColors()
    }

    deinit { close() }

    private func setupColors() {
        let has = has_colors()
        if has && !noColor && !colorsStarted {
            start_color()
            use_default_colors()
            colorsStarted = true
        }
        theme = Theme.choose(colors: Int(tt_colors()), hasColors: has, noColor: noColor, projector: projector)
        pairs = [:]
        attrs = [:]
        var next: Int16 = 1
        for role in Role.allCases {
            let st = theme.style(role)
            var a = tt_a_normal()
            if st.bold { a |= tt_a_bold() }
            if st.reverse { a |= tt_a_reverse() }
            if st.dim { a |= tt_a_dim() }
            if st.underline { a |= tt_a_underline() }
            attrs[role] = a
            if theme.kind != .mono, (st.fg >= 0 || st.bg >= 0), Int32(next) < tt_color_pairs() {
                init_pair(next, st.fg, st.bg)
                pairs[role] = next
                next += 1
            }
        }
    }

    var size: (width: Int, height: Int) { (Int(tt_cols()), Int(tt_lines())) }

    /// Writes only the cells that differ from the last frame (everything after a resize).
    /// Returns the number of cells written.
    @discardableResult
    func present(_ buf: ScreenBuffer, projector: Bool = false) -> Int {
        guard let win, !closed else { return 0 }
        if projector != self.projector {
            // The projector's high-contrast theme: new colour pairs, then a full redraw.
            self.projector = projector
            setupColors()
            last = nil
        }
        let full = last == nil || last!.width != buf.width || last!.height != buf.height
        if full { werase(win) }
        var written = 0
        var wide: [wchar_t] = []
        for y in 0..<buf.height {
            var x = 0
            while x < buf.width {
                let cell = buf[x, y]
                if !full, let prev = last, prev[x, y] == cell { x += 1; continue }
                if cell.continuation { x += 1; continue }
                wmove(win, Int32(y), Int32(x))
                wattr_set(win, attrs[cell.role] ?? tt_a_normal(), pairs[cell.role] ?? 0, nil)
                wide.removeAll(keepingCapacity: true)
                // A terminal without UTF-8 gets an ASCII stand-in for every glyph, never a blank.
                let shown = utf8 ? String(cell.ch) : cell.ascii
                for u in shown.unicodeScalars.prefix(5) { wide.append(wchar_t(bitPattern: u.value)) }
                wide.append(0)
                waddnwstr(win, wide, -1)
                written += 1
                x += 1
            }
        }
        wnoutrefresh(win)
        doupdate()
        last = buf
        return written
    }

    /// Forgets the last frame so the next `present` redraws everything.
    func invalidate() { last = nil }

    /// Waits up to `timeoutMs` for input.
    func read(timeoutMs: Int32) -> TerminalEvent {
        guard let win else { return .hangup }
        wtimeout(win, timeoutMs)
        var ch: wint_t = 0
        let rc = wget_wch(win, &ch)
        if rc == ERR {
            var p = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
            if poll(&p, 1, 0) > 0 && (Int32(p.revents) & (POLLHUP | POLLERR | POLLNVAL)) != 0 { return .hangup }
            return .timeout
        }
        let code = Int32(bitPattern: ch)
        if rc == KEY_CODE_YES { return special(code) }
        switch code {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return sgrAfterEscape() ?? .key(escapeOrAlt(win))
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.ctrl(Character(Unicode.Scalar(UInt8(96 + code)))))
        default:
            guard let u = Unicode.Scalar(UInt32(bitPattern: code)) else { return .timeout }
            return .key(.char(Character(u)))
        }
    }

    private func special(_ code: Int32) -> TerminalEvent {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case KEY_RESIZE:
            invalidate()
            return .resize(width: size.width, height: size.height)
        case Self.sgrIntroducerKey: return sgrReport()
        case KEY_MOUSE:
            var ev = MEVENT()
            guard getmouse(&ev) == OK else { return .timeout }
            let x = Int(ev.x), y = Int(ev.y)
            if ev.bstate & tt_button4_pressed() != 0 { return .mouse(.wheelUp(x: x, y: y)) }
            if ev.bstate & tt_button5_pressed() != 0 { return .mouse(.wheelDown(x: x, y: y)) }
            if ev.bstate & (tt_button1_pressed() | tt_button1_clicked()) != 0 { return .mouse(.click(x: x, y: y)) }
            return .timeout
        default:
            for n in 1...12 where code == tt_key_f(Int32(n)) { return .key(.function(n)) }
            return .timeout
        }
    }

    /// Restores the terminal; safe to call more than once.
    func close() {
        guard !closed else { return }
        closed = true
        endwin()
        if sgrMouse { stopMouse() }
        if let screen { delscreen(screen) }
        screen = nil
        win = nil
    }
}
