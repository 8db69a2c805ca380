import Foundation
import Messages
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file the program produces (a CSV, weights, a plot, a checkpoint) so that it cannot destroy
/// anything: the bytes go to a temporary file in the same folder, synced, then renamed over the path, so a
/// crash or a full disk leaves either the old file or the new one, never half of each. Before anything is
/// written, the file already at the path (if any) is checked: a folder, an SQLite database (a class's
/// records), one of the `protecting` files, or a file of another kind than the one being written is refused
/// with a one-line ``OutputFileError`` and left as it was.
///
/// ```swift
/// try OutputFile.write(Data(csv.utf8), to: "class.csv", as: .csv(header: "table,student"),
///                      protecting: ["/srv/astro-numbers/records.sqlite"])
/// ```
public enum OutputFile {
    /// How much of an existing file is read to recognise it.
    public static let inspectedBytes = 4096

    /// Writes `data` to `path` as a file of `kind`, replacing an existing file only if `kind` recognises it.
    /// `protecting` names files that must never be replaced, with their SQLite `-wal`, `-shm` and `-journal`
    /// companions (the same file reached through another name or a link is recognised by its inode).
    public static func write(_ data: Data, to path: String, as kind: FileKind, protecting: [String] = []) throws {
        try check(path, as: kind, protecting: protecting)
        let folder = folder(of: path)
        let name = (path as NSString).lastPathComponent
        let (temporary, descriptor) = try createTemporary(in: folder, for: name, path: path)
        do {
            try writeAll(data, to: descriptor, path: path)
            guard fsync(descriptor) == 0 else { throw OutputFileError.cannotWrite(path, reason: lastError()) }
            close(descriptor)
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = lastError()
            unlink(temporary)
            throw OutputFileError.cannotWrite(path, reason: reason)
        }
        // The rename itself is durable only once the folder is synced (best effort: some file systems refuse).
        let folderDescriptor = open(folder, O_RDONLY)
        if folderDescriptor >= 0 {
            _ = fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Throws what ``write(_:to:as:protecting:)`` would refuse, without writing: for commands that check
    /// their outputs before hours of work.
    public static func check(_ path: String, as kind: FileKind, protecting: [String] = []) throws {
        guard !path.isEmpty else { throw OutputFileError.emptyPath }
        let folder = folder(of: path)
        var folderStatus = stat()
        guard stat(folder, &folderStatus) == 0, (folderStatus.st_mode & S_IFMT) == S_IFDIR else {
            throw OutputFileError.noFolder(path, folder: folder)
        }
        var status = stat()
        guard stat(path, &status) == 0 else { return }   // a new file (or a dangling link, which is replaced)
        if (status.st_mode & S_IFMT) == S_IFDIR { throw OutputFileError.isFolder(path) }
        for protected in protecting.filter({ !$0.isEmpty }) {
            for companion in [protected, protected + "-wal", protected + "-shm", protected + "-journal"] {
                var other = stat()
                if stat(companion, &other) == 0, other.st_dev == status.st_dev, other.st_ino == status.st_ino {
                    throw OutputFileError.isProtected(path, protected: protected)
                }
            }
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            throw OutputFileError.otherKind(path, kind: kind.name)   // a device, a pipe, a socket
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw OutputFileError.cannotWrite(path, reason: tr("output.reason.cannot-check"))
        }
        let head = (try? handle.read(upToCount: inspectedBytes)) ?? Data()
        try? handle.close()
        if head.starts(with: Array("SQLite format 3\0".utf8)) || isWriteAheadLog(head) {
            throw OutputFileError.isSQLite(path)
        }
        if !head.isEmpty && !kind.recognises(head) {
            throw OutputFileError.otherKind(path, kind: kind.name)
        }
    }

    /// An SQLite write-ahead log begins with the magic number 0x377f0682 or 0x377f0683 (big-endian).
    static func isWriteAheadLog(_ head: Data) -> Bool {
        head.count >= 4 && Array(head.prefix(3)) == [0x37, 0x7F, 0x06] && (head[head.startIndex + 3] & 0xFE) == 0x82
    }

    static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// A new file `.<name>.<random>.tmp` beside the target, created exclusively with the usual permissions
    /// (0666 less the umask), so a replaced file gets the permissions a new one would.
    private static func createTemporary(in folder: String, for name: String, path: String) throws -> (String, Int32) {
        for _ in 0..<16 {
            let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 36)
            let temporary = (folder as NSString).appendingPathComponent(".\(name).\(suffix).tmp")
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 { return (temporary, descriptor) }
            if errno != EEXIST {
                throw OutputFileError.cannotWrite(path, reason: tr("output.reason.cannot-create", ["folder": folder, "error": lastError()]))
            }
        }
        throw OutputFileError.cannotWrite(path, reason: tr("output.reason.cannot-create-temporary", ["folder": folder]))
    }

    private static func writeAll(_ data: Data, to descriptor: Int32, path: String) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard var pointer = buffer.baseAddress else { return }
            var left = buffer.count
            while left > 0 {
                let written = systemWrite(descriptor, pointer, left)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw OutputFileError.cannotWrite(path, reason: lastError())
                }
                left -= written
                pointer += written
            }
        }
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
