import TradeModel
import TradeState

/// The parts every list shares: a column-header row, virtual rows (only visible ones are laid
/// out), the selection, a scroll position and the filter line (`ListChrome+Filters`).
public enum ListChrome {
    public static func render(_ s: AppState, _ id: ListID, _ model: DashboardModel, into buf: inout ScreenBuffer, _ layout: Layout,
                       header: StyledLine, rowCount: Int,
                       drawRow: (_ row: Int, _ y: Int, _ buf: inout ScreenBuffer) -> Void) {
        let body = layout.body
        let list = s.lists[id] ?? ListState()
        let filterShown = s.filterShown(id)
        let rows = layout.listRows(filterShown: filterShown)
        buf.fill(Rect(x: 0, y: body.y, width: body.width, height: 1), role: .title)
        buf.draw(header, x: 1, y: body.y, maxX: body.width)
        if rowCount > rows {
            let pos = " \(min(rowCount, list.cursor + 1))/\(rowCount) "
            buf.put(pos, x: body.width - TextWidth.of(pos), y: body.y, role: .title)
        }
        if rowCount == 0 {
            // Empty because of a filter (say which), or empty: never "nothing matches" with no reason.
            let active = activeFilters(s, id, model)
            let text = active.isEmpty ? UIText.t("(daftar ini kosong)", "(this list is empty)", s.lang)
                : UIText.t("(tidak ada yang cocok dengan saringan: ", "(nothing matches the filters: ", s.lang) + active.joined(separator: ", ") + ")"
            buf.put(text, x: 2, y: layout.listTop, role: .dim, maxX: body.width)
        }
        for i in 0..<rows {
            let row = list.top + i
            guard row < rowCount else { break }
            let y = layout.listTop + i
            drawRow(row, y, &buf)
            if row == list.cursor && list.gone != nil {
                // The selected item left the list: the cursor waits here, choosing nothing.
                buf.put("▷", x: 0, y: y, role: .warning)
            } else if row == list.cursor {
                buf.restyle(Rect(x: 0, y: y, width: body.width, height: 1), role: .selected)
                buf.put("▶", x: 0, y: y, role: .selected)
            }
        }
        if filterShown { filterLine(s, id, model, y: layout.listTop + rows, width: body.width, into: &buf) }
    }
}
