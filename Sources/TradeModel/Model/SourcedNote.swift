/// A sourced sentence: a claim that has no figure of its own but must cite where it comes from.
public struct SourcedNote: Sendable, Equatable {
    public var text: String
    public var source: String
}
