import Foundation

/// The file beside a records database that says it has been used (`records.sqlite.used`): while it is
/// there, a records file found missing, empty (`: > records.sqlite`) or without its tables is refused
/// instead of silently started anew, so a class's records emptied by mistake (or by a class member) are
/// noticed and restored from a backup rather than replaced by an empty set.
///
/// The first program that gives the file its tables writes the marker; on a shared server that should be
/// the teacher (`astro-numbers report` once, see docs/records.md), so that in a folder with the sticky bit
/// no class member can delete it. To start new records on purpose, delete both.
///
/// ```swift
/// let marker = UseMarker(records: "/srv/astro-numbers/records.sqlite")
/// marker.path      // "/srv/astro-numbers/records.sqlite.used"
/// marker.exists    // true once the records have been used
/// ```
public struct UseMarker: Sendable {
    /// The records file this marker belongs to.
    public let records: String
    /// The marker's own path: the records' path plus `.used`.
    public var path: String { records + ".used" }

    public init(records: String) {
        self.records = records
    }

    /// Whether the records have been used (the marker is there, whatever it holds).
    public var exists: Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// Writes the marker if it is not there yet. Best effort: a folder that cannot take it only loses the
    /// protection, never a lesson.
    func create(now: Date = Date()) {
        guard !exists else { return }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return }
        let text = """
            astro-numbers: the records in \((records as NSString).lastPathComponent) have been in use since \
            \(ISO8601DateFormatter().string(from: now)).
            While this file is here, astro-numbers refuses records that are missing, empty or without their \
            tables instead of starting them anew: restore them from a backup (astro-numbers report --backup).
            Delete this file (and the records) only to start new records on purpose.

            """
        _ = text.utf8CString.withUnsafeBufferPointer { write(descriptor, $0.baseAddress, $0.count - 1) }
        fsync(descriptor)
        close(descriptor)
    }
}
