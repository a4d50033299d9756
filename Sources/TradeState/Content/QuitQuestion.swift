import TradeModel

/// `q` on the desk while changes are held on this laptop (the server did not answer) or one is
/// still on its way to the journal: the desk says what happens to them and asks before leaving.
public enum QuitQuestion {
    /// Whether leaving now needs the question.
    public static func needed(_ s: AppState, _ model: DashboardModel) -> Bool {
        model.unshared > 0 || pending(s)
    }

    /// A change of this session not yet saved (it waits for the journal, or is being written).
    static func pending(_ s: AppState) -> Bool { !s.inFlight.isEmpty || s.waitingForJournal != nil }

    /// The question, ending in `y/n`.
    public static func text(_ s: AppState, _ model: DashboardModel) -> String {
        let n = model.unshared, l = s.lang
        let held = UIText.t("\(n) perubahan belum dibagikan", n == 1 ? "1 change not yet shared" : "\(n) changes not yet shared", l)
        switch (pending(s), n > 0) {
        case (true, true):
            return UIText.t("Perubahan terakhir belum tersimpan dan \(held) (tersimpan di laptop ini, dikirim saat dasbor dibuka lagi). Keluar setelah tersimpan? y/n",
                            "The last change is not saved yet and \(held) (saved on this laptop, sent when the dashboard is opened again). Quit once it is saved? y/n", l)
        case (true, false):
            return UIText.t("Perubahan terakhir belum tersimpan (menunggu jurnal). Keluar setelah tersimpan? y/n",
                            "The last change is not saved yet (waiting for the journal). Quit once it is saved? y/n", l)
        default:
            return UIText.t("\(held) — tersimpan di laptop ini dan dikirim saat dasbor dibuka lagi. Keluar? y/n",
                            "\(held) — saved on this laptop and sent when the dashboard is opened again. Quit? y/n", l)
        }
    }
}
