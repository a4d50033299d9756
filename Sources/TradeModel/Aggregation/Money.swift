public enum Money {
    @inline(__always)
    public static func add(_ a: Int64, _ b: Int64, _ context: @autoclosure () -> String) throws(MoneyOverflow) -> Int64 {
        let (r, o) = a.addingReportingOverflow(b)
        if o { throw MoneyOverflow(context: context()) }
        return r
    }

    @inline(__always)
    public static func subtract(_ a: Int64, _ b: Int64, _ context: @autoclosure () -> String) throws(MoneyOverflow) -> Int64 {
        let (r, o) = a.subtractingReportingOverflow(b)
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
