import TradeModel
import TradeState
import TradeStore

/// What quitting without waiting (a second Ctrl-C, SIGTERM, SIGHUP) leaves unsaved, said on
/// standard error once the terminal is restored: one line, never silence.
enum QuitReport {
    static func lost(inFlight: Int, journal: String, held: Int, outbox: String?, _ l: Language) -> String? {
        var parts: [String] = []
        let where_ = Sanitizer.line(JournalStores.isPostgres(journal) ? PostgresURL.display(journal) : journal)
        if inFlight > 0 {
            parts.append(l == .id
                ? "\(inFlight) perubahan tidak tersimpan (masih menunggu jurnal \(where_) saat keluar); catat ulang setelah memeriksa jurnal"
                : "\(Labels.count(inFlight, "change", "changes")) not saved (still waiting for the journal \(where_) on quitting); record again after checking the journal")
        }
        if held > 0 {
            let box = outbox.map { " (\(Sanitizer.line($0)))" } ?? ""
            parts.append(l == .id
                ? "\(held) perubahan tersimpan di kotak keluar laptop ini\(box), belum dibagikan; dikirim saat dasbor dibuka lagi"
                : "\(Labels.count(held, "change", "changes")) held in this laptop's outbox\(box), not yet shared; sent when the dashboard is opened again")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
