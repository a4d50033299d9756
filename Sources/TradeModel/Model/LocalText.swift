/// Text from the data in both interface languages. A plain JSON string reads the same in both
/// (names, verbatim quotes); `{"id": …, "en": …}` carries a translation (see docs/SCHEMA.md).
public struct LocalText: Sendable, Equatable, Hashable {
    public var id: String
    public var en: String

    public init(id: String, en: String) {
        self.id = id
        self.en = en
    }

    /// The same text in both languages.
    public init(_ both: String) {
        id = both
        en = both
    }

    /// True when the text was given once, for both languages.
    public var isSingle: Bool { id == en }

    public func text(_ lang: Language) -> String { lang == .id ? id : en }
}

extension LocalText: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.init(value) }
}
