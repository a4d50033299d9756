import TradeModel

/// Why the data on screen cannot follow the journal any more (a live poll failed), and since
/// when: the screen says so and shows the figures as of then, never as current.
public struct DataProblem: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// A total left `Int64` (a deal beyond what can be summed).
        case overflow
        /// The journal cannot be read, or belongs to another data set now.
        case journalUnreadable
        /// The journal's server cannot be reached since `since` (local time, e.g. `14.02`).
        case offline(since: String)
    }

    public var kind: Kind
    /// The local time of the last good data, e.g. `14.01`.
    public var lastGood: String

    public init(kind: Kind, lastGood: String) {
        self.kind = kind
        self.lastGood = lastGood
    }

    /// One line for the header and the projector.
    public func sentence(_ l: Language) -> String {
        let what = switch kind {
        case .overflow: UIText.t("total melebihi batas yang bisa dijumlah", "a total is beyond what can be summed", l)
        case .journalUnreadable: UIText.t("jurnal tidak bisa dibaca", "the journal cannot be read", l)
        case .offline(let since): UIText.t("luring sejak \(since)", "offline since \(since)", l)
        }
        if case .offline = kind {
            return "⚠ " + what + UIText.t(" — menampilkan data sampai ", " — showing data up to ", l) + lastGood
        }
        return "⚠ " + what + UIText.t(" — data sampai ", " — data as of ", l) + lastGood
    }

    /// The same where there is little room: the time is what must show.
    public func short(_ l: Language) -> String {
        if case .offline = kind { return "⚠ " + UIText.t("luring — data sampai ", "offline — data as of ", l) + lastGood }
        return "⚠ " + UIText.t("data sampai ", "data as of ", l) + lastGood
    }

    /// The least that says it (80 columns beside the total): offline, and the time of the data.
    public func tiny(_ l: Language) -> String {
        if case .offline = kind { return "⚠ " + UIText.t("luring · data ", "offline · data ", l) + lastGood }
        return short(l)
    }
}
