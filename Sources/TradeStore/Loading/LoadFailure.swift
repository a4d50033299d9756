import TradeModel

/// Why the data could not be used: the problems to print, one closing sentence in each language,
/// and its kind (the executable maps kinds to exit codes).
public struct LoadFailure: Error, Sendable {
    public enum Kind: Sendable, Equatable {
        /// The data directory or a required file is missing.
        case missing
        /// The fixtures have errors.
        case invalid
        /// The journal belongs to another data set, a newer format, or cannot be read.
        case journalRefused
        /// A total leaves `Int64`.
        case overflow
        /// No journal to use: no `--journal` and no private default place (no HOME or
        /// XDG_STATE_HOME, or one another user could redirect).
        case journalPlace
        /// The journal's PostgreSQL server cannot be reached.
        case journalUnreachable
    }

    public var kind: Kind
    public var problems: [Problem]
    /// The closing sentence in Indonesian and in English.
    public var messageId: String
    public var messageEn: String

    public init(kind: Kind, problems: [Problem], id: String, en: String) {
        self.kind = kind
        self.problems = problems
        self.messageId = id
        self.messageEn = en
    }

    /// The closing sentence in `lang`.
    public func message(_ lang: Language) -> String { lang == .id ? messageId : messageEn }

    /// The same failure with other problems to print.
    public func with(problems: [Problem]) -> LoadFailure {
        LoadFailure(kind: kind, problems: problems, id: messageId, en: messageEn)
    }

    /// A sum beyond `Int64` while aggregating.
    public init(_ overflow: MoneyOverflow) {
        self.init(kind: .overflow, problems: [],
                  id: "\(overflow.figure(.id)) melampaui 9223372036854775807 rupiah; periksa nilai-nilai dalam data",
                  en: "\(overflow.figure(.en)) exceeds 9223372036854775807 rupiah; check the values in the data")
    }
}
