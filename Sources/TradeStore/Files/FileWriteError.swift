public struct FileWriteError: Error, Sendable {
    public var message: String
}
