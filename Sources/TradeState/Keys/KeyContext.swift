import TradeModel

/// Where the focus is; bindings apply in their contexts.
public enum KeyContext: String, CaseIterable, Sendable {
    case global, missions, commodities, checklists, deals, detail, action, filter, prompt, form, formConfirm, help, presenter, confirm, conflict
}

extension KeyContext {
    /// The heading of this context's keys in `?` help and docs/KEYS.md.
    public func title(_ l: Language) -> String {
        switch (self, l) {
        case (.global, .id): "Di mana saja"
        case (.missions, .id): "Misi (1)"
        case (.commodities, .id): "Komoditas (2)"
        case (.checklists, .id): "Tindak lanjut (3)"
        case (.deals, .id): "Baris transaksi (dari komoditas atau misi)"
        case (.form, .id): "Mencatat transaksi atau misi (isian)"
        case (.formConfirm, .id): "Isian: memastikan nilai besar"
        case (.detail, .id): "Tampilan rincian"
        case (.action, .id): "Satu tindak lanjut (rincian dan riwayat)"
        case (.prompt, .id): "Saat mengetik catatan, penanggung jawab, atau tenggat"
        case (.presenter, .id): "Layar presentasi (tidak mengubah data; tombol remote)"
        case (.confirm, .id): "Memastikan keluar (layar presentasi, atau perubahan yang belum dibagikan)"
        case (.conflict, .id): "Meja lain lebih dulu mengubahnya (konflik)"
        case (.filter, .id): "Saat mengetik saringan"
        case (.help, .id): "Bantuan"
        case (.global, .en): "Everywhere"
        case (.missions, .en): "Missions (1)"
        case (.commodities, .en): "Commodities (2)"
        case (.checklists, .en): "Checklists (3)"
        case (.deals, .en): "Deal lines (of a commodity or a mission)"
        case (.form, .en): "Recording a deal or a mission (form)"
        case (.formConfirm, .en): "Form: confirming a large value"
        case (.detail, .en): "Detail views"
        case (.action, .en): "A follow-up action (detail and history)"
        case (.prompt, .en): "While typing a note, owner or due date"
        case (.presenter, .en): "Presenter screen (read-only; clicker keys)"
        case (.confirm, .en): "Confirming quit (presenter, or changes not yet shared)"
        case (.conflict, .en): "Another desk changed it first (a conflict)"
        case (.filter, .en): "While typing a filter"
        case (.help, .en): "Help"
        }
    }
}
