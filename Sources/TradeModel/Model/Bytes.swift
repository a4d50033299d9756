/// Raw byte comparison shared by the readers (atoms, event ids, the journal writer's literals, the
/// members' layouts, a row's last user and minute): eight bytes a step, the rest one by one.
enum Bytes {
    /// Whether the `n` bytes at `p` and at `q` are the same.
    @inline(__always)
    static func same(_ p: UnsafeRawPointer, _ q: UnsafeRawPointer, _ n: Int) -> Bool {
        var j = 0
        while j + 8 <= n {
            if p.loadUnaligned(fromByteOffset: j, as: UInt64.self) != q.loadUnaligned(fromByteOffset: j, as: UInt64.self) { return false }
            j += 8
        }
        while j < n {
            if p.load(fromByteOffset: j, as: UInt8.self) != q.load(fromByteOffset: j, as: UInt8.self) { return false }
            j += 1
        }
        return true
    }
}
