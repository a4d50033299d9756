public struct JournalWriteError: Error, Sendable {
    public var message: String
}
