import Glibc
import CNCursesw
import TradeState

/// The mouse: normal tracking (mode 1000: presses, releases, the wheel) reported in SGR encoding
/// (mode 1006), whose decimal coordinates reach past column 223. ncurses decodes SGR itself only
/// where the terminfo entry says so (`kmous=\E[<`, e.g. xterm-256color); elsewhere (tmux-256color,
/// screen: `kmous=\E[M`) it would take the reports for keys, so it is taught `ESC [ <` as a key
/// code of our own and the rest of the report is read here. Both ways end in `SGRMouse`, and a
/// terminal that answers only in the old encoding still reaches ncurses' own decoder (`KEY_MOUSE`).
extension CursesTerminal {
    /// The key code ncurses returns for `ESC [ <` once taught it (any code above `KEY_MAX`).
    static let sgrIntroducerKey: Int32 = KEY_MAX + 106
    static let sgrOn = "\u{1B}[?1006h"
    /// Off again: SGR, then the tracking modes ncurses may not know it left on.
    static let sgrOff = "\u{1B}[?1006l\u{1B}[?1002l\u{1B}[?1000l"

    /// Asks for mouse reports; returns whether SGR encoding was turned on (and must be turned off).
    func startMouse() -> Bool {
        let wanted = tt_button1_pressed() | tt_button1_clicked() | tt_button4_pressed() | tt_button5_pressed()
        // No mouse this terminal knows of (the Linux console without gpm): leave the modes alone.
        guard mousemask(wanted, nil) != 0 else { return false }
        mouseinterval(0)
        let kmous = tigetstr("kmous")
        let known = kmous != nil && Int(bitPattern: kmous) != -1 ? String(cString: kmous!) : ""
        if known != SGRMouse.introducer { define_key(SGRMouse.introducer, Self.sgrIntroducerKey) }
        writeTerminal(Self.sgrOn)
        return true
    }

    /// Turns the reports off (before `endwin`, which turns off only what ncurses turned on).
    func stopMouse() { writeTerminal(Self.sgrOff) }

    /// Straight to the terminal: a mode switch, not a cell ncurses would need to know of.
    func writeTerminal(_ s: String) {
        var s = s
        s.withUTF8 { buf in
            var off = 0
            while off < buf.count {
                let n = write(1, buf.baseAddress! + off, buf.count - off)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return }
                off += n
            }
        }
    }

    /// After ncurses returned the introducer as our key code: the rest of the report is already
    /// in the input, read without waiting.
    func sgrReport() -> TerminalEvent {
        guard let body = sgrBody() else { return .timeout }
        return SGRMouse.event(body).map { .mouse($0) } ?? .timeout
    }

    /// A lone Esc may be the start of a report that ncurses did not match (the bytes arrived
    /// apart, or the terminfo entry knows no mouse): look at what is already typed after it.
    /// nil: it was Esc, and what followed is put back to be read as keys.
    func sgrAfterEscape() -> TerminalEvent? {
        guard let win else { return nil }
        var taken: [wint_t] = []
        wtimeout(win, 0)
        for want in ["[", "<"] {
            var ch: wint_t = 0
            let rc = wget_wch(win, &ch)
            guard rc == OK else {
                if rc == KEY_CODE_YES { putBack(taken + [ch], keyCode: true) } else { putBack(taken) }
                return nil
            }
            taken.append(ch)
            if Unicode.Scalar(UInt32(ch)).map(Character.init) != Character(want) {
                putBack(taken)
                return nil
            }
        }
        return sgrReport()
    }

    /// Reads the report's parameters and final letter (nil when they do not make a report; what
    /// was read of a broken one is dropped, never typed).
    private func sgrBody() -> String? {
        guard let win else { return nil }
        // The rest of a report may come a moment later (over ssh, in two reads): wait a little
        // for it rather than type what arrives late.
        wtimeout(win, 25)
        var body = ""
        while true {
            var ch: wint_t = 0
            guard wget_wch(win, &ch) == OK, let u = Unicode.Scalar(UInt32(ch)) else { return nil }
            body.unicodeScalars.append(u)
            switch SGRMouse.progress(body) {
            case .complete: return body
            case .invalid: return nil
            case .partial: continue
            }
        }
    }

    /// Puts characters back for the next reads, first read first (ncurses' queue is last in, first out).
    private func putBack(_ chars: [wint_t], keyCode: Bool = false) {
        for (i, c) in chars.enumerated().reversed() {
            if keyCode && i == chars.count - 1 { ungetch(Int32(bitPattern: c)) } else { unget_wch(wchar_t(bitPattern: c)) }
        }
    }
}
