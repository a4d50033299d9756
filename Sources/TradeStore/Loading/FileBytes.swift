#if canImport(Glibc)
import Glibc
#endif
import TradeModel

/// An open file read with `pread` (retried on EINTR); the descriptor is owned by the caller.
struct FileBytes: ByteSource {
    let fd: Int32
    let count: Int

    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Int {
        while true {
            let n = pread(fd, buffer.baseAddress!, buffer.count, off_t(offset))
            if n < 0 && errno == EINTR { continue }
            return n
        }
    }
}
