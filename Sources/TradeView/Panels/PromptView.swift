import TradeModel
import TradeState

/// A note, owner, due date or withdrawal reason being typed: a box over the list that names what
/// it is about, the field with its cursor, and what is wrong.
public enum PromptView {
    public static func render(_ p: Prompt, _ s: AppState, _ model: DashboardModel, into buf: inout ScreenBuffer, _ body: Rect) {
        let l = s.lang
        let inner = Overlay.innerWidth(body, natural: 96)
        let (title, label): (String, String) = switch p.kind {
        case .note: (UIText.t("Tambah catatan", "Add a note", l), UIText.t("Catatan: ", "Note: ", l))
        case .owner: (UIText.t("Ganti penanggung jawab", "Change the owner", l), UIText.t("Penanggung jawab: ", "Owner: ", l))
        case .due: (UIText.t("Tetapkan tenggat", "Set the due date", l), UIText.t("Tenggat: ", "Due: ", l))
        case .withdraw: (UIText.t("Tarik transaksi \(p.actionId)", "Withdraw deal \(p.actionId)", l), UIText.t("Alasan: ", "Reason: ", l))
        }
        var about: [StyledLine] = []
        if let a = model.dataset.actions.first(where: { $0.id == p.actionId }) {
            about = StyledWrap.wrap([Span(l == .id ? a.titleId : a.titleEn, .dim)], width: inner, indent: 0)
        } else if let d = model.dataset.deals.position(ofId: p.actionId).map({ model.dataset.deals[$0] }) {
            let mission = Picker.missionName(d.mission, model)
            about = StyledWrap.wrap([Span(mission + " · " + Labels.direction(d.direction, l) + " · " + Rupiah.exact(d.valueRupiah, l)
                                          + (d.party.map { " · " + $0 } ?? ""), .dim)], width: inner, indent: 0)
        }
        var after: [StyledLine] = []
        if p.kind == .due {
            after.append([Span(UIText.t("TTTT-BB-HH; kosong = tanpa tenggat", "YYYY-MM-DD; empty = none", l), .dim)])
        }
        if p.kind == .withdraw {
            after.append([Span(UIText.t("Transaksi yang ditarik tetap terlihat, tidak lagi dijumlahkan.",
                                        "A withdrawn deal stays visible and no longer counts.", l), .dim)])
        }
        if let e = p.error { after += StyledWrap.wrap([Span("✗ " + e, .negative)], width: inner, indent: 2) }
        let about2 = Array(about.prefix(3))
        let lines = about2.count + 1 + after.count + (about2.isEmpty ? 0 : 1)
        let area = Overlay.box(&buf, body, width: inner + 4, height: lines + 2, title: title)
        var y = area.y
        for line in about2 { buf.draw(line, x: area.x, y: y, maxX: area.x + area.width); y += 1 }
        if !about2.isEmpty { y += 1 }
        guard y < area.maxY else { return }
        let x = buf.put(label, x: area.x, y: y, role: .title, maxX: area.x + area.width)
        TextFieldView.draw(p.field, x: x, y: y, width: area.x + area.width - x, role: .normal, cursorRole: .selected, focused: true, into: &buf)
        y += 1
        for line in after where y < area.maxY {
            buf.draw(line, x: area.x, y: y, maxX: area.x + area.width)
            y += 1
        }
    }
}
