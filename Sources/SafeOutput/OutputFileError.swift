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
            return "the output file name is empty"
        case .isFolder(let path):
            return "cannot write \(path): it is a folder; name a file in it"
        case .noFolder(let path, let folder):
            return "cannot write \(path): folder \(folder) does not exist"
        case .isSQLite(let path):
            return "\(path) is an SQLite database; it was left unchanged (choose another file name)"
        case .isProtected(let path, let protected):
            return "\(path) is the records database \(protected); it was left unchanged (choose another file name)"
        case .otherKind(let path, let kind):
            return "\(path) exists and is not a \(kind) file written by astro-numbers; it was left unchanged (choose another file name, or remove it first)"
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(reason)"
        }
    }
}
