/// An alternative date a source gives for the same event (kept beside the accepted one).
public struct DateClaim: Sendable, Equatable {
    public var date: PartialDate
    public var source: String
    public var note: LocalText?
}
