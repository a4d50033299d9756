/// Overflow-checked rupiah arithmetic: sums reach 10^15 and a wrapped total would be a lie.
public struct MoneyOverflow: Error, Sendable, Equatable {
    /// What was being summed, for the message.
    public var context: String
}
