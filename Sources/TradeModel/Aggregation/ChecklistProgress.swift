public struct ChecklistProgress: Sendable, Equatable {
    public var recommendation: String
    public var done: Int
    public var total: Int
    public var overdue: Int
    /// Actions whose status no source states: "0/11" alone would read as nothing done.
    public var unknown: Int = 0
}
