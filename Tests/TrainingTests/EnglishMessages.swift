import Foundation
import Messages

/// The repository's English catalogue as the messages of these tests, which read the screens' and reports'
/// English text (`Messages/en.toml`, read once).
enum EnglishMessages {
    static let english: Messages = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Messages", isDirectory: true)
        do {
            return try Messages.load(folder: folder, languages: ["en"])
        } catch {
            fatalError("the English catalogue: \(error)")
        }
    }()

    /// Makes English the messages of every `tr` call (call it in `setUp`).
    static func install() {
        Messages.current = english
    }

    /// The shipped catalogue of `code` (with English behind it).
    static func language(_ code: String) throws -> Messages {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Messages", isDirectory: true)
        return try Messages.load(folder: folder, languages: [code])
    }
}
