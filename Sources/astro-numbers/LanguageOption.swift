import ArgumentParser

/// `--language`, on every command. `AstroNumbersCommand.main` reads it before parsing (so even a parsing
/// error is in that language; `ProgramLanguage.requested`); declaring it here lists it in `--help` and lets
/// the parser accept it.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The language of the screens and messages, e.g. es or fr (default: from LANG, LC_MESSAGES or LC_ALL; English for anything not translated).", valueName: "code"))
    var language: String?
}
