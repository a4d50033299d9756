// libFuzzer entry point, compiled together with Sources/TradeModel by scripts/fuzz
// (swiftc -sanitize=fuzzer,address). Not part of the package build.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    if let disagreement = InputChecks.run(bytes) {
        fatalError("input check failed: \(disagreement)")
    }
    return 0
}
