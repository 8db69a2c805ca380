import Foundation
import Messages

/// The repository's `Messages/` folder and its catalogues, read from the source tree.
enum ShippedCatalogues {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let folder = repository.appendingPathComponent("Messages", isDirectory: true)

    static func load(_ code: String) throws -> MessageCatalogue {
        try MessageCatalogue.load(contentsOf: folder.appendingPathComponent("\(code).toml"))
    }
}
