import TradeModel

/// Why a maintenance command did not do its work. The journal is untouched either way.
public struct JournalMaintenanceError: Error, Sendable {
    public enum Kind: Sendable, Equatable {
        /// Not ours to change: another data set's or a newer format's journal, or not a regular
        /// file. The command exits 65.
        case refused
        /// The system refused (the sentence ends with its reason). The command exits 74.
        case failed
    }

    public var kind: Kind
    public var message: String
    /// The located problems behind a refusal (the lines `journal check` would print).
    public var problems: [Problem]

    public init(_ kind: Kind, _ message: String, problems: [Problem] = []) {
        self.kind = kind
        self.message = message
        self.problems = problems
    }
}
