/// Overflow-checked rupiah arithmetic: sums reach 10^15 and a wrapped total would be a lie.
public struct MoneyOverflow: Error, Sendable, Equatable {
    /// What was being summed, for the message.
    public var context: String
}

extension MoneyOverflow {
    /// The figure that overflowed, for a sentence: `total misi m2025-kaltim`, `the total of mission m2025-kaltim`.
    public func figure(_ lang: Language) -> String { DealDesk.overflowing(context, lang) }
}
