import CNCursesw
import TradeState

/// Alt-B and Alt-F (readline's word moves) reach a terminal program as Esc followed at once by
/// the letter. After an Esc, a letter that arrives within a few milliseconds is read as Alt with
/// it; anything else is put back and read as the next key, so Esc followed by a key typed or
/// sent quickly (`Escape n` from a script) stays two keys.
extension CursesTerminal {
    /// The letters read with Alt; any other key after Esc is its own key.
    static let altLetters: [UInt32: Character] = [98: "b", 66: "b", 102: "f", 70: "f"]

    func escapeOrAlt(_ win: UnsafeMutablePointer<WINDOW>) -> Key {
        wtimeout(win, 5)
        var ch: wint_t = 0
        let rc = wget_wch(win, &ch)
        if rc == ERR { return .escape }
        if rc == KEY_CODE_YES {
            ungetch(Int32(bitPattern: ch))
            return .escape
        }
        if let letter = Self.altLetters[UInt32(ch)] { return .alt(letter) }
        unget_wch(wchar_t(bitPattern: ch))
        return .escape
    }
}
