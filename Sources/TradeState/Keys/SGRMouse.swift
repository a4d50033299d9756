import TradeModel

/// An xterm mouse report in SGR encoding (mode 1006): `ESC [ < b ; x ; y M` for a press, `… m`
/// for a release. The numbers are decimal, so a column past 223 arrives whole (the old X10
/// encoding puts each coordinate in one byte). Decoded here, apart from ncurses, so a test can
/// reach it; the terminal only collects the bytes.
public enum SGRMouse {
    /// What starts a report; `parameters` and the final letter follow.
    public static let introducer = "\u{1B}[<"
    /// A report is never longer than this after the introducer (`127;65535;65535M` and room).
    public static let maxBodyLength = 24

    public struct Report: Equatable, Sendable {
        /// The button code with the modifier and motion bits taken out: 0 left, 1 middle, 2 right,
        /// 64 wheel up, 65 wheel down, 66/67 wheel sideways, 128… further buttons.
        public var button: Int
        /// Shift (4), Alt/Meta (8) and Ctrl (16) as the terminal set them.
        public var modifiers: Int
        /// The pointer moved with a button held (bit 32, reported with mode 1002/1003).
        public var motion: Bool
        /// `M` (pressed) or `m` (released).
        public var pressed: Bool
        /// 0-based column and row (the report counts from 1).
        public var x: Int
        public var y: Int
    }

    /// One report, with or without its introducer; nil for anything that is not a whole, well-formed
    /// report (a number too long to be a position, a missing field, a zero coordinate).
    public static func parse<S: StringProtocol>(_ text: S) -> Report? {
        var body = Substring(text)
        if body.hasPrefix(introducer) { body = body.dropFirst(introducer.count) }
        guard let final = body.last, final == "M" || final == "m", body.count <= maxBodyLength else { return nil }
        let fields = body.dropLast().split(separator: ";", omittingEmptySubsequences: false)
        guard fields.count == 3 else { return nil }
        var numbers: [Int] = []
        for f in fields {
            guard !f.isEmpty, f.count <= 6, f.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(f) else { return nil }
            numbers.append(n)
        }
        guard numbers[1] >= 1, numbers[2] >= 1 else { return nil }
        let code = numbers[0]
        return Report(button: code & ~(4 | 8 | 16 | 32), modifiers: code & (4 | 8 | 16), motion: code & 32 != 0,
                      pressed: final == "M", x: numbers[1] - 1, y: numbers[2] - 1)
    }

    /// What the dashboard does with a report: a left press is a click, the wheel scrolls, whatever
    /// the modifiers held; releases, motion and other buttons are nothing (nil).
    public static func event<S: StringProtocol>(_ text: S) -> MouseEvent? {
        guard let r = parse(text), r.pressed, !r.motion else { return nil }
        switch r.button {
        case 0: return .click(x: r.x, y: r.y)
        case 64: return .wheelUp(x: r.x, y: r.y)
        case 65: return .wheelDown(x: r.x, y: r.y)
        default: return nil
        }
    }

    /// Whether `body` (what came after the introducer so far) is a whole report, still could be one,
    /// or cannot be: the terminal reads until this says so.
    public enum Progress: Equatable, Sendable { case complete, partial, invalid }

    public static func progress<S: StringProtocol>(_ body: S) -> Progress {
        if body.count > maxBodyLength { return .invalid }
        for (i, c) in body.enumerated() {
            if c == "M" || c == "m" { return i == body.count - 1 ? .complete : .invalid }
            guard c == ";" || (c.isASCII && c.isNumber) else { return .invalid }
        }
        return .partial
    }
}
