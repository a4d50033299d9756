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

/// Where each deal of deals.json starts, 8 bytes a deal (`JSONLocation.pack`); the halves of a
/// file decoded on two cores stay two parts (joined without a copy).
public struct DealLocations: RandomAccessCollection, Sendable, Equatable {
    var parts: [[UInt64]] = [[]]
    /// Lines to add to each part's lines (a second half counted from its own start).
    var shifts: [Int] = [0]

    public init() {}
    init(packed: [UInt64]) { parts = [packed] }

    public var startIndex: Int { 0 }
    public var endIndex: Int { parts.reduce(0) { $0 + $1.count } }
    public subscript(i: Int) -> JSONLocation {
        var i = i
        for (k, p) in parts.enumerated() {
            if i < p.count {
                let l = JSONLocation(packed: p[i])
                return JSONLocation(line: l.line + shifts[k], column: l.column)
            }
            i -= p.count
        }
        preconditionFailure("location \(i) out of range")
    }

    mutating func reserve(_ n: Int) { parts[parts.count - 1].reserveCapacity(n) }
    mutating func append(line: Int, column: Int) { parts[parts.count - 1].append(JSONLocation.pack(line: line, column: column)) }
    /// Appends `other`'s locations `lines` lines further down (the second half of a split file).
    mutating func append(_ other: DealLocations, linesDown lines: Int) {
        parts += other.parts
        shifts += other.shifts.map { $0 + lines }
    }

    public static func == (a: DealLocations, b: DealLocations) -> Bool { a.elementsEqual(b) }
}
