import TradeModel

/// Why the data on screen cannot follow the journal any more (a live poll failed), and since
/// when: the screen says so and shows the figures as of then, never as current. Times are held as
/// UTC seconds and said in the zone of the screen that shows them: the machine's on the desk, the
/// mission's on the projector, beside the projector's own clock.
public struct DataProblem: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// A total left `Int64` (a deal beyond what can be summed).
        case overflow
        /// The journal cannot be read, or belongs to another data set now.
        case journalUnreadable
        /// The journal's server cannot be reached since `since` (UTC seconds since 1970).
        case offline(since: Int)
    }

    public var kind: Kind
    /// When the data was last good, in UTC seconds since 1970.
    public var lastGood: Int

    public init(kind: Kind, lastGood: Int) {
        self.kind = kind
        self.lastGood = lastGood
    }

    /// One line for the header and the projector, its times in `zone`.
    public func sentence(_ l: Language, zone: LocalZone) -> String {
        let good = zone.hourMinute(utcSeconds: lastGood, l)
        let what = switch kind {
        case .overflow: UIText.t("total melebihi batas yang bisa dijumlah", "a total is beyond what can be summed", l)
        case .journalUnreadable: UIText.t("jurnal tidak bisa dibaca", "the journal cannot be read", l)
        case .offline(let since):
            UIText.t("luring sejak ", "offline since ", l) + zone.hourMinute(utcSeconds: since, l)
        }
        if case .offline = kind {
            return "⚠ " + what + UIText.t(" — menampilkan data sampai ", " — showing data up to ", l) + good
        }
        return "⚠ " + what + UIText.t(" — data sampai ", " — data as of ", l) + good
    }

    /// The same where there is little room: the time is what must show.
    public func short(_ l: Language, zone: LocalZone) -> String {
        let good = zone.hourMinute(utcSeconds: lastGood, l)
        if case .offline = kind { return "⚠ " + UIText.t("luring — data sampai ", "offline — data as of ", l) + good }
        return "⚠ " + UIText.t("data sampai ", "data as of ", l) + good
    }

    /// The least that says it (80 columns beside the total): offline, and the time of the data.
    public func tiny(_ l: Language, zone: LocalZone) -> String {
        if case .offline = kind { return "⚠ " + UIText.t("luring · data ", "offline · data ", l) + zone.hourMinute(utcSeconds: lastGood, l) }
        return short(l, zone: zone)
    }
}
