/// A sourced sentence: a claim that has no figure of its own but must cite where it comes from.
public struct SourcedNote: Sendable, Equatable {
    public var text: LocalText
    public var source: String
    public var basis: Provenance

    public init(text: LocalText, source: String, basis: Provenance = .stated) {
        self.text = text; self.source = source; self.basis = basis
    }
}
