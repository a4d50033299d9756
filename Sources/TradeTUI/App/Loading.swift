import Foundation
import Synchronization
import TradeModel

/// Loads fixtures + journal on a background thread while the screen shows progress.
final class LoadTask: Sendable {
    enum Outcome: Sendable {
        case loaded(JournalSync, DashboardModel)
        /// Problems to print after the terminal is restored, and the exit code.
        case failed([Problem], [String], Int32)
    }

    let permille = Atomic<Int>(0)
    let fileIndex = Atomic<Int>(0)
    private let outcome = Mutex<Outcome?>(nil)

    var result: Outcome? { outcome.withLock { $0 } }

    func start(directory: String, journal: String?, environment: [String: String], today: PartialDate?) {
        Thread.detachNewThread { [self] in
            let r = Self.load(directory: directory, journal: journal, environment: environment, today: today, task: self)
            outcome.withLock { $0 = r }
        }
    }

    static func load(directory: String, journal: String?, environment: [String: String], today: PartialDate?, task: LoadTask?) -> Outcome {
        let files = FixtureFile.allCases.map(\.rawValue)
        let result = DatasetLoader.load(directory: directory) { file, done in
            task?.fileIndex.store(files.firstIndex(of: file) ?? 0, ordering: .relaxed)
            task?.permille.store(done, ordering: .relaxed)
        }
        guard let ds = result.dataset else {
            let missing = result.errors.contains { $0.message.contains("does not exist") || $0.message.contains("is missing") }
            return .failed(result.problems, ["trade-tui: \(result.errors.count) error(s) in \(Sanitizer.line(directory)); nothing was loaded"],
                           missing ? ExitCode2.noInput : ExitCode2.dataError)
        }
        let path = journal ?? Journal.defaultPath(datasetId: ds.datasetId, environment: environment)
        let sync = JournalSync(base: ds, path: path, today: today, loadWarnings: result.warnings)
        if sync.refused {
            return .failed(sync.problems, ["trade-tui: the journal \(Sanitizer.line(path)) cannot be used with this data set"], ExitCode2.dataError)
        }
        task?.fileIndex.store(files.count, ordering: .relaxed)
        do {
            let model = try sync.model { i, n in task?.permille.store(i * 1000 / max(1, n), ordering: .relaxed) }
            return .loaded(sync, model)
        } catch {
            return .failed([], ["trade-tui: the total of \(error.context) exceeds 9223372036854775807 rupiah; check the values in the data"], ExitCode2.dataError)
        }
    }
}

enum LoadingView {
    static func render(width: Int, height: Int, fileIndex: Int, permille: Int, lang: Language) -> ScreenBuffer {
        var buf = ScreenBuffer(width: width, height: height)
        let files = FixtureFile.allCases
        let what = fileIndex < files.count ? files[fileIndex].rawValue : UIText.t("menyiapkan tampilan", "preparing the view", lang)
        let title = UIText.t("Memuat data…", "Loading data…", lang)
        let y = max(0, height / 2 - 1)
        buf.put(title, x: max(0, (width - TextWidth.of(title)) / 2), y: y, role: .title)
        let barW = max(0, min(50, width - 4))
        let overall = (min(fileIndex, files.count) * 1000 + (fileIndex < files.count ? permille : 0)) / (files.count + 1)
        let bar = Bars.progress(overall, 1000, width: barW)
        buf.put(bar, x: max(0, (width - barW) / 2), y: y + 1, role: .bar)
        let detail = "\(what) \(permille / 10)%"
        buf.put(detail, x: max(0, (width - TextWidth.of(detail)) / 2), y: y + 2, role: .dim)
        return buf
    }
}
