import ArgumentParser
import Messages

/// `--language`, on every command. `AstroNumbersCommand.main` reads it before parsing (so even a parsing
/// error is in that language; `ProgramLanguage.requested`); declaring it here lists it in `--help` and lets
/// the parser accept it.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(tr("help.option.language"), valueName: "code"))
    var language: String?
}
