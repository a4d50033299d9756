/// Where a JSON value starts in its file: 1-based line, and 1-based column counted in bytes.
public struct JSONLocation: Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) { self.line = line; self.column = column }
    public var description: String { "\(line):\(column)" }
}

extension JSONLocation {
    /// Line and column in 8 bytes (a million deals' origins: 8 MB, not 16); each saturates at 2³²−1.
    static func pack(line: Int, column: Int) -> UInt64 {
        UInt64(min(max(line, 0), Int(UInt32.max))) << 32 | UInt64(min(max(column, 0), Int(UInt32.max)))
    }

    init(packed p: UInt64) { self.init(line: Int(p >> 32), column: Int(p & 0xFFFF_FFFF)) }
}

/// Where each deal of deals.json starts, 8 bytes a deal (`JSONLocation.pack`).
public struct DealLocations: RandomAccessCollection, Sendable, Equatable {
    var packed: [UInt64] = []

    public var startIndex: Int { 0 }
    public var endIndex: Int { packed.count }
    public subscript(i: Int) -> JSONLocation { JSONLocation(packed: packed[i]) }

    mutating func reserve(_ n: Int) { packed.reserveCapacity(n) }
    mutating func append(line: Int, column: Int) { packed.append(JSONLocation.pack(line: line, column: column)) }
    /// Appends `other`'s locations `lines` lines further down (the second half of a split file).
    mutating func append(_ other: DealLocations, linesDown lines: Int) {
        packed.reserveCapacity(packed.count + other.packed.count)
        let shift = UInt64(Swift.max(0, lines)) << 32
        for p in other.packed { packed.append(p &+ shift) }
    }
}
