import TradeModel
import TradeState

public enum LoadingView {
    public static func render(width: Int, height: Int, fileIndex: Int, permille: Int, lang: Language) -> ScreenBuffer {
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
