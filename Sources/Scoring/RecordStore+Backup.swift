import Foundation
import GRDB
import Messages
import SafeOutput

extension RecordStore {
    /// Copies the whole records to a new file with SQLite's online backup, as one consistent snapshot while
    /// lessons go on writing. The copy is made under a temporary name beside `destination`, checked
    /// (`PRAGMA quick_check`, rows counted), made readable by its owner only (children's records), and then
    /// linked into place; `destination` must not exist, so a backup never replaces anything, an older backup
    /// included. Errors are one line: ``RecordStoreError`` or `SafeOutput.OutputFileError`.
    ///
    /// ```swift
    /// let summary = try RecordStore(path: records).backup(to: "backups/records-2026-12-02.sqlite")
    /// ```
    public func backup(to destination: String) throws -> BackupSummary {
        try OutputFile.check(destination, as: .newFile("backup"), protecting: [path])
        if FileManager.default.fileExists(atPath: destination) {
            throw OutputFileError.cannotWrite(destination, reason: tr("records.detail.backup-exists"))
        }
        let folder = (destination as NSString).deletingLastPathComponent.isEmpty ? "." : (destination as NSString).deletingLastPathComponent
        let temporary = (folder as NSString).appendingPathComponent(
            ".\((destination as NSString).lastPathComponent).\(String(UInt32.random(in: 0...UInt32.max), radix: 36)).tmp")
        defer {
            for leftover in [temporary, temporary + "-wal", temporary + "-shm", temporary + "-journal"] { unlink(leftover) }
        }
        let summary: BackupSummary
        do {
            let copy = try DatabaseQueue(path: temporary)
            try RecordStore.retryingWhenBusy(path: path) { try queue.backup(to: copy) }
            summary = try copy.read { db in
                let check = try String.fetchAll(db, sql: "PRAGMA quick_check")
                guard check == ["ok"] else {
                    throw RecordStoreError.corrupt(path: destination, detail: check.first ?? tr("records.detail.integrity"))
                }
                return BackupSummary(students: try Int.fetchOne(db, sql: "SELECT count(*) FROM students") ?? 0,
                                     sessions: try Int.fetchOne(db, sql: "SELECT count(*) FROM sessions") ?? 0,
                                     answers: try Int.fetchOne(db, sql: "SELECT count(*) FROM answers") ?? 0)
            }
            // One file with everything in it: no -wal beside the copy.
            try copy.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = DELETE") }
            try copy.close()
        } catch let error as DatabaseError {
            throw OutputFileError.cannotWrite(destination, reason: error.message ?? "\(error.resultCode)")
        }
        chmod(temporary, 0o600)
        let descriptor = open(temporary, O_RDONLY)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
        // link, unlike rename, never replaces a file that appeared meanwhile; a file system without hard
        // links (a FAT USB stick) gets a rename after one more look.
        if link(temporary, destination) != 0 {
            let failure = errno
            guard failure != EEXIST, !FileManager.default.fileExists(atPath: destination),
                  rename(temporary, destination) == 0 else {
                throw OutputFileError.cannotWrite(destination, reason: String(cString: strerror(failure)))
            }
        }
        return summary
    }
}
