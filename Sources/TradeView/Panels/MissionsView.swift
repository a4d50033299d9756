import TradeModel
import TradeState

public enum MissionsView {
    public static func render(_ s: AppState, _ model: DashboardModel, into buf: inout ScreenBuffer, _ layout: Layout) {
        let l = s.lang
        let compact = layout.compact
        let w = layout.body.width
        let dateW = 11, totalW = compact ? 15 : 20
        let partnerW = compact ? max(6, w - 2 - dateW - totalW - 3) : min(32, max(18, (w - 60) / 3))
        let cityW = compact ? 0 : min(20, max(13, (w - 60) / 5))
        let arrow = s.sortDescending ? "↓" : "↑"
        func mark(_ m: MissionSort) -> String { s.missionSort == m ? arrow : "" }
        var header: StyledLine = [
            Span(TextWidth.fit(UIText.t("Tanggal", "Date", l) + mark(.date), dateW) + " ", .title),
            Span(TextWidth.fit(UIText.t("Mitra", "Partner", l) + mark(.partner), partnerW) + " ", .title),
        ]
        if !compact { header.append(Span(TextWidth.fit(UIText.t("Kota", "City", l), cityW) + " ", .title)) }
        header.append(Span(TextWidth.fit(UIText.t("Total", "Total", l) + mark(.value), totalW, right: true) + " ", .title))
        if !compact {
            // The last column's heading in its own room: never under the row counter (`3/21`),
            // and "Target" only where it shows beside "Judul" (most rows show a title).
            let room = w - 1 - StyledWidth.of(header) - counterWidth(s.missionRows.count, layout, s)
            let both = UIText.t("Target · Judul", "Target · Title", l)
            header.append(Span(TextWidth.clip(TextWidth.of(both) <= room ? both : UIText.t("Judul", "Title", l), max(0, room)), .title))
        }
        ListChrome.render(s, .missions, model, into: &buf, layout, header: header, rowCount: s.missionRows.count) { row, y, buf in
            let m = model.aggregates.missions[s.missionRows[row]]
            var x = buf.put(TextWidth.fit(DateText.medium(m.date, l), dateW) + " ", x: 1, y: y, role: .normal)
            x = buf.put(TextWidth.fit(model.partnerNames(m), partnerW) + " ", x: x, y: y, role: .normal)
            if !compact { x = buf.put(TextWidth.fit(m.city ?? "—", cityW) + " ", x: x, y: y, role: .dim) }
            // No line and no published final: the sources give no figure, which is not Rp0.
            let unknown = m.kind == .mission && m.dealCount == 0 && m.publishedFinalRupiah == nil
            let total = m.kind != .mission ? "—" : unknown ? UIText.t("tak ditemukan", "not found", l)
                : compact ? Rupiah.short(m.totalValueRupiah, l) : Rupiah.exact(m.totalValueRupiah, l)
            x = buf.put(TextWidth.fit(total, totalW, right: true) + " ", x: x, y: y, role: unknown ? .dim : .money)
            guard !compact else { return }
            var rest: StyledLine = []
            if m.kind != .mission {
                rest.append(Span("[" + (m.kind == .multiProvince ? UIText.t("kesepakatan", "agreement", l) : UIText.t("provinsi kembar", "sister province", l)) + "] ", .dim))
                if let p = m.potentialRupiah { rest.append(Span(Labels.potential(l) + " " + Rupiah.short(p, l) + " · ", .dim)) }
            } else if !unknown, let t = m.targetRupiah, let p = Rupiah.percent(m.totalValueRupiah, of: t, l) {
                rest.append(Span(p + " · ", m.totalValueRupiah >= t ? .positive : .warning))
            }
            // The published final counts a letter of intent; it is not a transaction: say so on the row.
            if let loi = model.scope.byMission[m.id], loi > 0 {
                rest.append(Span(UIText.t("termasuk LoI ", "incl. LoI ", l) + FrameView.scaled(loi, l, places: 3) + " · ", .warning))
            }
            if m.illustrative { rest.append(Span("[" + Labels.illustrative(l) + "] ", .illustrative)) }
            rest.append(Span(m.title))
            buf.draw(rest, x: x, y: y, maxX: w)
        }
    }

    /// Columns `ListChrome` takes at the right of the heading row for `cursor/count` (and its
    /// spaces) when the list is longer than the page.
    static func counterWidth(_ count: Int, _ layout: Layout, _ s: AppState) -> Int {
        count > layout.listRows(filterShown: s.filterShown(.missions)) ? 3 + 2 * String(count).count : 0
    }
}
