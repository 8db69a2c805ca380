import ArgumentParser
import Messages
import Terminal

/// `--theme light|dark`, on the commands with a full screen: the colours for a light or a dark background,
/// instead of asking the terminal (`BackgroundDetection`).
struct ThemeOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(tr("help.option.theme"), valueName: "theme"))
    var theme: Theme?
}

extension Theme: ExpressibleByArgument {}
