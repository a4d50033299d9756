public struct ChecklistProgress: Sendable {
    public var recommendation: String
    public var done: Int
    public var total: Int
    public var overdue: Int
}
