/// Random-access bytes the streaming deals decoder reads: a file (`TradeStore`) or memory.
public protocol ByteSource: Sendable {
    /// How many bytes there are.
    var count: Int { get }
    /// Copies up to `buffer.count` bytes from `offset`; returns how many (0 at the end, negative on
    /// an error that reading again will not mend).
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Int
}

/// Bytes already in memory (the fuzzer and tests).
public struct MemoryBytes: ByteSource {
    public let bytes: [UInt8]
    public init(_ bytes: [UInt8]) { self.bytes = bytes }
    public var count: Int { bytes.count }

    public func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Int {
        guard offset >= 0, offset < bytes.count else { return 0 }
        let n = min(buffer.count, bytes.count - offset)
        bytes.withUnsafeBytes { src in buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: src[offset..<(offset + n)])) }
        return n
    }
}
