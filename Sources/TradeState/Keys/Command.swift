import TradeModel

/// What a key asks for, named for the user's intent.
public enum Command: String, CaseIterable, Sendable {
    /// Ctrl-C: quits at once when nothing would be lost, else asks as `q` does; at the question, or
    /// while the last change is saved before quitting, it quits without waiting.
    case interrupt
    case quit, help, warnings, nextPanel, prevPanel, showMissions, showCommodities, showChecklists
    case up, down, pageUp, pageDown, home, end, open, back, filter, sort, reverseSort, year, view
    case applyFilter, clearFilter
    case toggle, undo, redo, addNote, setOwner, setDue, statusFilter, ownerFilter, missionFilter
    /// Clears every filter of the list in focus; marks the action in progress.
    case clearAllFilters, inProgress
    /// Help search: the next and the previous match.
    case nextMatch, prevMatch
    case submitPrompt, cancelPrompt
    case present, nextSlide, prevSlide, blank, freeze, rotate, confirmQuit, cancelQuit, ignore
    case addDeal, newMission, correctDeal, withdrawDeal
    case formNext, formPrev, formChoicePrev, formChoiceNext, formSubmit, formCancel, formConfirm, formReject
    /// Closes the form and drops its draft (Esc keeps a changed form as a draft).
    case formDiscard
    /// Another desk changed the item first: apply this change anyway, or keep theirs.
    case applyAnyway, keepTheirs
    /// Typing into the filter, prompt, form field or picker search in focus (`clearText`: Ctrl-U,
    /// delete to the start), and readline's editing keys.
    case insertText, deleteBackward, clearText
    case cursorLeft, cursorRight, lineStart, lineEnd, deleteForward, killToEnd, killWordBack, wordBack, wordForward
    /// A picker (owner, mission): take the choice under the cursor, or close it.
    case pick, cancelPick
}
