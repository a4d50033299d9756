import TradeModel

extension SyntheticGenerator {
    /// Writes the data set's files into `dir` (created if missing).
    public func write(to dir: String) throws(FileWriteError) {
        try FileWriter.makeDirectories(dir)
        for f in files() { try FileWriter.write(f.bytes, to: dir + "/" + f.name) }
    }
}
