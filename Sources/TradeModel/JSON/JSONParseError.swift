/// A strict RFC 8259 JSON parser over bytes that records the line and column of every value.
///
/// Foundation's `JSONDecoder` stops at the first problem and does not say where a value sits in the
/// file; validation must report every problem with its line, so fixtures are parsed here. Nesting is
/// capped (`maxDepth`) so hostile input cannot exhaust the stack.
public struct JSONParseError: Error, Sendable, Equatable {
    public var message: String
    public var location: JSONLocation
}
