/// Overflow-checked rupiah arithmetic: sums reach 10^15 and a wrapped total would be a lie.
public struct MoneyOverflow: Error, Sendable, Equatable {
    /// What was being summed, for the message.
    public var context: String
}

public enum Money {
    @inline(__always)
    public static func add(_ a: Int64, _ b: Int64, _ context: @autoclosure () -> String) throws(MoneyOverflow) -> Int64 {
        let (r, o) = a.addingReportingOverflow(b)
        if o { throw MoneyOverflow(context: context()) }
        return r
    }

    public static func sum<S: Sequence>(_ values: S, _ context: @autoclosure () -> String) throws(MoneyOverflow) -> Int64 where S.Element == Int64 {
        var total: Int64 = 0
        for v in values {
            let (r, o) = total.addingReportingOverflow(v)
            if o { throw MoneyOverflow(context: context()) }
            total = r
        }
        return total
    }
}
