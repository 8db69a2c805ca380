import Messages

/// libFuzzer target: any bytes as a message catalogue (`Messages/*.toml`). Parsing must end in a catalogue or
/// a `CatalogueError` naming the file (never a crash, a hang or a trap); a catalogue that parses must render
/// every message, in every plural form, with and without values for its placeholders.
@_cdecl("LLVMFuzzerTestOneInput")
public func messageCatalogueFuzzer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let catalogue: MessageCatalogue
    do {
        catalogue = try MessageCatalogue.parse(bytes, file: "fuzz.toml")
    } catch {
        precondition(error.description.hasPrefix("fuzz.toml"), "an error that names no file: \(error)")
        return 0
    }
    let messages = Messages(catalogues: [catalogue])
    for (key, message) in catalogue.messages {
        var values: [String: any CustomStringConvertible] = [:]
        for template in message.templates { for name in template.placeholders { values[name] = "x" } }
        for count in [0, 1, 2, 5, 11, 22, 101, -3, Int.max, Int.min] {
            _ = messages.text(key, count: count, values)
            _ = messages.text(key, count: count)
        }
        _ = messages.text(key, values)
    }
    return 0
}
