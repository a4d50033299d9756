import TradeModel

/// Text being typed, with a cursor: every typed field (a form field, a note, an owner, a due date,
/// a reason, the list filter, a picker's search) edits one of these, with readline's keys.
/// Pre-filled text (an owner, a due date, a value being corrected) opens `selected`: the first
/// typed character replaces it, a delete key removes it, and a movement key keeps it.
public struct TextField: Equatable, Sendable, ExpressibleByStringLiteral {
    public private(set) var text: String
    /// Characters before the cursor (0…text.count).
    public private(set) var cursor: Int
    /// The whole text is selected (pre-filled and not yet touched).
    public private(set) var selected: Bool

    public init(_ text: String = "", cursor: Int? = nil, selected: Bool = false) {
        self.text = text
        self.cursor = min(max(0, cursor ?? text.count), text.count)
        self.selected = selected && !text.isEmpty
    }

    public init(stringLiteral value: String) { self.init(value) }

    /// Pre-filled text, shown selected with the cursor at its end.
    public static func prefilled(_ text: String) -> TextField { TextField(text, selected: true) }

    /// One edit, as the key table names it.
    public enum Edit: Equatable, Sendable {
        case insert(Character)
        case deleteBackward, deleteForward
        case left, right, home, end, wordBack, wordForward
        /// Ctrl-U, Ctrl-K, Ctrl-W: delete to the start, to the end, the word before the cursor.
        case killToStart, killToEnd, killWordBack

        /// Moves the cursor and changes no text.
        public var isMovement: Bool {
            switch self {
            case .left, .right, .home, .end, .wordBack, .wordForward: true
            default: false
            }
        }
    }

    /// Applies `edit`; false when an insertion was refused because the text has `maxLength`
    /// characters already (the caller says so).
    @discardableResult
    public mutating func apply(_ edit: Edit, maxLength: Int = .max) -> Bool {
        if selected {
            selected = false
            switch edit {
            case .insert(let c):
                text = String(c)
                cursor = 1
                return true
            case .deleteBackward, .deleteForward, .killToStart, .killToEnd, .killWordBack:
                text = ""
                cursor = 0
                return true
            case .left, .right, .home, .end, .wordBack, .wordForward:
                break // the text stays; the cursor moves from the end
            }
        }
        let count = text.count
        // Typing at the end (most typing, and every paste) appends without taking the text apart.
        if case .insert(let c) = edit, cursor == count {
            guard count < maxLength else { return false }
            text.append(c)
            cursor = text.count
            return true
        }
        if edit.isMovement {
            switch edit {
            case .left: cursor = max(0, cursor - 1)
            case .right: cursor = min(count, cursor + 1)
            case .home: cursor = 0
            case .end: cursor = count
            case .wordBack: cursor = Self.wordStart(Array(text), before: cursor)
            default: cursor = Self.wordEnd(Array(text), after: cursor)
            }
            return true
        }
        var chars = Array(text)
        switch edit {
        case .insert(let c):
            guard chars.count < maxLength else { return false }
            chars.insert(c, at: cursor)
            cursor += 1
        case .deleteBackward:
            guard cursor > 0 else { return true }
            chars.remove(at: cursor - 1)
            cursor -= 1
        case .deleteForward:
            guard cursor < chars.count else { return true }
            chars.remove(at: cursor)
        case .left, .right, .home, .end, .wordBack, .wordForward: break
        case .killToStart:
            chars.removeSubrange(0..<cursor)
            cursor = 0
        case .killToEnd:
            chars.removeSubrange(cursor..<chars.count)
        case .killWordBack:
            // As readline's Ctrl-W: back over spaces, then over everything up to the next space.
            var i = cursor
            while i > 0 && chars[i - 1].isWhitespace { i -= 1 }
            while i > 0 && !chars[i - 1].isWhitespace { i -= 1 }
            chars.removeSubrange(i..<cursor)
            cursor = i
        }
        text = String(chars)
        cursor = min(cursor, text.count)
        return true
    }

    /// Alt-B: back over what is not a word, then to the start of the word (letters and digits).
    static func wordStart(_ chars: [Character], before c: Int) -> Int {
        var i = c
        while i > 0 && !isWord(chars[i - 1]) { i -= 1 }
        while i > 0 && isWord(chars[i - 1]) { i -= 1 }
        return i
    }

    /// Alt-F: over what is not a word, then to the end of the word.
    static func wordEnd(_ chars: [Character], after c: Int) -> Int {
        var i = c
        while i < chars.count && !isWord(chars[i]) { i += 1 }
        while i < chars.count && isWord(chars[i]) { i += 1 }
        return i
    }

    static func isWord(_ c: Character) -> Bool { c.isLetter || c.isNumber }

    /// The text before the cursor and the text from it, for drawing.
    public var beforeCursor: String { String(text.prefix(cursor)) }
    public var fromCursor: String { String(text.dropFirst(cursor)) }
    /// The column the cursor is drawn at: wide characters (大阪) count two.
    public var cursorColumn: Int { TextWidth.of(beforeCursor) }
}
