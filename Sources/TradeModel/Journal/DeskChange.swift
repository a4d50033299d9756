/// A change the desk is about to write, as `DealDesk.totalsProblems` checks it: a deal recorded
/// (`old` nil), corrected (`old` → `new`, same id) or withdrawn (`new` is `old`, status withdrawn).
public struct DeskChange: Sendable, Equatable {
    public var old: Deal?
    public var new: Deal

    public init(old: Deal? = nil, new: Deal) {
        self.old = old
        self.new = new
    }

    public static func withdrawal(_ deal: Deal) -> DeskChange {
        var w = deal
        w.status = .withdrawn
        return DeskChange(old: deal, new: w)
    }
}
