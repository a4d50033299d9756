import ArgumentParser
import TradeModel
import TradeState

struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print the dashboard's key bindings as Markdown (this is docs/KEYS.md).")

    @OptionGroup var common: LanguageOption

    func run() throws { try emit(KeyMap.standard.markdown()) }
}
