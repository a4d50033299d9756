import TradeModel

/// Where the focus is; bindings apply in their contexts.
public enum KeyContext: String, CaseIterable, Sendable {
    case global, missions, commodities, checklists, deals, detail, deal, action, filter, prompt
    /// Readline's editing keys, shared by every context where text is typed (filter, prompt, form,
    /// picker): a context's own binding for a key comes first (← in a form's choice field).
    case text
    case form, formConfirm, picker, help, helpSearch, presenter, confirm, conflict
    /// Quitting once the last change is saved (`y` at the question): only Ctrl-C still acts.
    case quitting
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
        case (.deal, .id): "Satu baris transaksi (rincian dan riwayat)"
        case (.helpSearch, .id): "Saat mengetik pencarian di bantuan"
        case (.prompt, .id): "Saat mengetik catatan, penanggung jawab, atau tenggat"
        case (.presenter, .id): "Layar presentasi (tidak mengubah data; tombol remote)"
        case (.confirm, .id): "Memastikan keluar (layar presentasi, atau perubahan yang belum dibagikan)"
        case (.quitting, .id): "Menyimpan, lalu keluar"
        case (.conflict, .id): "Meja lain lebih dulu mengubahnya (konflik)"
        case (.filter, .id): "Saat mengetik saringan"
        case (.help, .id): "Bantuan"
        case (.picker, .id): "Memilih dari daftar (penanggung jawab, misi): ketik untuk mencari"
        case (.text, .id): "Menyunting teks yang diketik (saringan, catatan, isian, pencarian)"
        case (.global, .en): "Everywhere"
        case (.missions, .en): "Missions (1)"
        case (.commodities, .en): "Commodities (2)"
        case (.checklists, .en): "Checklists (3)"
        case (.deals, .en): "Deal lines (of a commodity or a mission)"
        case (.form, .en): "Recording a deal or a mission (form)"
        case (.formConfirm, .en): "Form: confirming a large value"
        case (.detail, .en): "Detail views"
        case (.action, .en): "A follow-up action (detail and history)"
        case (.deal, .en): "A deal line (detail and history)"
        case (.helpSearch, .en): "While typing a search in help"
        case (.prompt, .en): "While typing a note, owner or due date"
        case (.presenter, .en): "Presenter screen (read-only; clicker keys)"
        case (.confirm, .en): "Confirming quit (presenter, or changes not yet shared)"
        case (.quitting, .en): "Saving, then quitting"
        case (.conflict, .en): "Another desk changed it first (a conflict)"
        case (.filter, .en): "While typing a filter"
        case (.help, .en): "Help"
        case (.picker, .en): "Choosing from a list (owner, mission): type to search"
        case (.text, .en): "Editing typed text (filter, note, form field, search)"
        }
    }
}
