import Messages
/// Why ``OutputFile/write(_:to:as:protecting:)`` wrote nothing. Each description is one line naming the file;
/// the file that was there (if any) is unchanged.
///
/// ```swift
/// do { try OutputFile.write(csv, to: "records.sqlite", as: .csv(header: header)) }
/// catch let error as OutputFileError { print(error) }   // "records.sqlite is an SQLite database; …"
/// ```
public enum OutputFileError: Error, Equatable, CustomStringConvertible {
    case emptyPath
    case isFolder(String)
    case noFolder(String, folder: String)
    case isSQLite(String)
    case isProtected(String, protected: String)
    case otherKind(String, kind: String)
    case cannotWrite(String, reason: String)

    public var description: String {
        switch self {
        case .emptyPath:
            return tr("output.empty")
        case .isFolder(let path):
            return tr("output.is-folder", ["path": path])
        case .noFolder(let path, let folder):
            return tr("output.no-folder", ["path": path, "folder": folder])
        case .isSQLite(let path):
            return tr("output.is-sqlite", ["path": path])
        case .isProtected(let path, let protected):
            return tr("output.is-records", ["path": path, "records": protected])
        case .otherKind(let path, let kind):
            return tr("output.other-kind", ["path": path, "kind": kind])
        case .cannotWrite(let path, let reason):
            return tr("output.cannot-write", ["path": path, "reason": reason])
        }
    }
}
