import TradeModel

/// `q` on the desk while changes are held on this laptop (the server did not answer) or one is
/// still on its way to the journal: the desk says what happens to them and asks before leaving.
public enum QuitQuestion {
    /// Whether leaving now needs the question.
    public static func needed(_ s: AppState, _ model: DashboardModel) -> Bool {
        model.unshared > 0 || pending(s)
    }

    /// A change of this session not yet saved (it waits for the journal, or is being written).
    public static func pending(_ s: AppState) -> Bool { !s.inFlight.isEmpty || s.waitingForJournal != nil }

    /// The question, ending in `y/n`; over an open form (Ctrl-C), first that its entries go.
    public static func text(_ s: AppState, _ model: DashboardModel) -> String {
        guard s.form != nil else { return changes(s, model) }
        let draft = UIText.t("Isian yang belum disimpan akan hilang.", "The form's entries are not saved and will be lost.", s.lang)
        return draft + " " + (needed(s, model) ? changes(s, model) : UIText.t("Keluar? y/n", "Quit? y/n", s.lang))
    }

    /// After `y` while the last change is on its way: the desk saves it, then quits.
    public static func saving(_ s: AppState) -> String {
        UIText.t("Menyimpan… lalu keluar (Ctrl-C: keluar tanpa menunggu)", "Saving, then quitting… (Ctrl-C: quit without waiting)", s.lang)
    }

    static func changes(_ s: AppState, _ model: DashboardModel) -> String {
        let n = model.unshared, l = s.lang
        let held = UIText.t("\(n) perubahan belum dibagikan", Labels.count(n, "change", "changes") + " not yet shared", l)
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
