import ArgumentParser
import TradeModel

/// The desk's rules (`DealDesk`, `QuantityInput` in TradeModel) as scripts meet them: what cannot be
/// true is refused with exit 65, a large value without its confirming flag with exit 64, and
/// nothing is written either way.
enum DeskChecks {
    /// Each problem on its own line, then exit 65; returns when there are none.
    static func refuse(_ problems: [String]) throws {
        guard !problems.isEmpty else { return }
        for p in problems { Platform.writeStderr("trade-tui: \(p)\n") }
        throw ExitCode(ExitStatus.dataError)
    }

    /// From Rp50 miliar up a value typed anew is said back in words and needs `flag`, as the form asks for `y`.
    static func requireConfirmation(_ deal: Deal, replacing old: Deal? = nil, confirmed: Bool, flag: String = "--confirm",
                                    lang: Language) throws {
        guard DealDesk.needsConfirmation(deal, replacing: old), !confirmed else { return }
        throw usageError(CLIText.largeValue(deal.valueRupiah, lang) + CLIText.checkThenAdd(flag, lang))
    }

    /// A quantity option read the Indonesian way, or exit 64 with the reader's sentence.
    static func quantity(_ text: String, _ name: String, _ lang: Language) throws -> String {
        switch QuantityInput.parse(text, .id) {
        case .success(let q): return q
        case .failure(let f): throw usageError("\(name): " + f.sentence(lang, reading: .id))
        }
    }

    /// What the mission's total now says against its published final, for the line printed after a change.
    static func finalNote(_ mission: String, total: Int64, in ds: Dataset, lang: Language) -> String {
        guard let diff = DealDesk.departureFromFinal(mission, total: total, in: ds), let final = DealDesk.publishedFinal(mission, in: ds) else {
            return ""
        }
        return CLIText.departsFromFinal(Sanitizer.line(mission), total: total, final: final, by: diff == .min ? .max : abs(diff), lang)
    }
}
