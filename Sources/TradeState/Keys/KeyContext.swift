import TradeModel

/// Where the focus is; bindings apply in their contexts.
public enum KeyContext: String, CaseIterable, Sendable {
    case global, missions, commodities, checklists, deals, detail, action, filter, prompt, form, formConfirm, help, presenter, confirm, conflict
}

extension KeyContext {
    public var title: String {
        switch self {
        case .global: "Everywhere"
        case .missions: "Missions (1)"
        case .commodities: "Commodities (2)"
        case .checklists: "Checklists (3)"
        case .deals: "Deal lines (of a commodity or a mission)"
        case .form: "Recording a deal or a mission (form)"
        case .formConfirm: "Form: confirming a large value"
        case .detail: "Detail views"
        case .action: "A follow-up action (detail and history)"
        case .prompt: "While typing a note, owner or due date"
        case .presenter: "Presenter screen (read-only; clicker keys)"
        case .confirm: "Presenter: confirming quit"
        case .conflict: "Another desk changed it first (a conflict)"
        case .filter: "While typing a filter"
        case .help: "Help"
        }
    }
}
