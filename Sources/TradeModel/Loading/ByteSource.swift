/// Random-access bytes the streaming deals decoder reads: a file (`TradeStore`) or memory.
public protocol ByteSource: Sendable {
    /// How many bytes there are.
    var count: Int { get }
    /// Copies up to `buffer.count` bytes from `offset`; returns how many (0 at the end, negative on
    /// an error that reading again will not mend).
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Int
}

