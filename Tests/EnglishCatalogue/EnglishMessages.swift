import Foundation
import Messages

/// The repository's message catalogues for the tests that read the screens', reports' and errors' text
/// (`Messages/*.toml`, English read once). One copy shared by every test target that needs it, as
/// `InkFakes` is.
///
/// ```swift
/// override func setUp() { EnglishMessages.install() }          // tr(...) now gives the English text
/// let spanish = try EnglishMessages.language("es")              // the shipped Spanish, English behind it
/// ```
public enum EnglishMessages {
    /// The repository's `Messages/` folder, found from this file's place in the tree.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Messages", isDirectory: true)

    public static let english: Messages = {
        do {
            return try Messages.load(folder: folder, languages: ["en"])
        } catch {
            fatalError("the English catalogue: \(error)")
        }
    }()

    /// Makes English the messages of every `tr` call (call it in `setUp`).
    public static func install() {
        Messages.current = english
    }

    /// The shipped catalogue of `code` (with English behind it).
    public static func language(_ code: String) throws -> Messages {
        try Messages.load(folder: folder, languages: [code])
    }
}
