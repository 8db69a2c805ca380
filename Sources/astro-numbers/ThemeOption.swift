import ArgumentParser
import Terminal

/// `--theme light|dark`, on the commands with a full screen: the colours for a light or a dark background,
/// instead of asking the terminal (`BackgroundDetection`).
struct ThemeOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Colours for a light or a dark terminal background: light or dark (default: ask the terminal, else COLORFGBG, else dark).", valueName: "theme"))
    var theme: Theme?
}

extension Theme: ExpressibleByArgument {}
