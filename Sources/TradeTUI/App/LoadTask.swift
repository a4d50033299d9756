import Foundation
import Synchronization
import TradeModel
import TradeStore
import TradeState

/// Loads fixtures + journal on a background thread while the screen shows progress.
final class LoadTask: Sendable {
    enum Outcome: Sendable {
        case loaded(JournalSync, DashboardModel)
        /// Printed after the terminal is restored; its kind gives the exit code.
        case failed(LoadFailure)
    }

    let permille = Atomic<Int>(0)
    let fileIndex = Atomic<Int>(0)
    private let outcome = Mutex<Outcome?>(nil)

    var result: Outcome? { outcome.withLock { $0 } }

    func start(directory: String, journal: String?, environment: [String: String], today: PartialDate?, desk: Bool = true) {
        Thread.detachNewThread { [self] in
            let r = Self.load(directory: directory, journal: journal, environment: environment, today: today, desk: desk, task: self)
            outcome.withLock { $0 = r }
        }
    }

    static func load(directory: String, journal: String?, environment: [String: String], today: PartialDate?, desk: Bool = true,
                     task: LoadTask?) -> Outcome {
        let files = FixtureFile.allCases.map(\.rawValue)
        let loaded: DataLoader.Loaded
        switch DataLoader.load(directory: directory, journal: journal, environment: environment, progress: { file, done in
            task?.fileIndex.store(files.firstIndex(of: file) ?? 0, ordering: .relaxed)
            task?.permille.store(done, ordering: .relaxed)
        }) {
        case .failure(let f): return .failed(f)
        case .success(let l): loaded = l
        }
        let sync = JournalSync(loaded, today: today, desk: desk)
        task?.fileIndex.store(files.count, ordering: .relaxed)
        do {
            let model = try sync.model { i, n in task?.permille.store(i * 1000 / max(1, n), ordering: .relaxed) }
            return .loaded(sync, model)
        } catch {
            return .failed(LoadFailure(error))
        }
    }
}
