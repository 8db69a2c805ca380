import Foundation

/// Watching the records for the class view: each ``poll(now:)`` opens the file when it is there (read-only,
/// see ``RecordReader``) and reads a ``ClassSnapshot``; until the file exists it says what it is waiting for.
/// The live screen and the lab's benchmark both poll through this, so the benchmark times what the teacher sees.
///
/// ```swift
/// var watch = ClassWatch(path: path, filter: ClassFilter())
/// switch watch.poll() {
/// case .snapshot(let snapshot): print(snapshot.text())
/// case .waiting(let why): print("waiting: \(why)")
/// case .failed(let error): print(error)           // a one-line RecordStoreError; poll again later
/// }
/// ```
public struct ClassWatch: Sendable {
    /// What one poll found.
    public enum Reading: Sendable {
        case snapshot(ClassSnapshot)
        case waiting(String)
        case failed(RecordStoreError)
    }

    public let path: String
    public var filter: ClassFilter
    public let rules: ScoringRules
    private var reader: RecordReader?
    /// The file the reader has open (device and inode), to notice when the path names another file.
    private var openedFile: FileIdentity?

    public init(path: String, filter: ClassFilter = ClassFilter(), rules: ScoringRules = .standard) {
        self.path = path
        self.filter = filter
        self.rules = rules
    }

    /// Opens the records if needed and reads the class now. A file that appears later is picked up by a
    /// later poll; an error (a busy or damaged file) is returned, and the next poll tries again afresh.
    public mutating func poll(now: Date = Date()) -> Reading {
        do {
            // A file restored from a backup or moved into place is another file at the same path: an open
            // connection would go on showing the old one, so it is opened again.
            let current = FileIdentity(path: path)
            if reader != nil && current != openedFile {
                reader = nil
            }
            if reader == nil {
                switch try RecordReader.open(path: path, rules: rules) {
                case .waiting(let why): return .waiting(why)
                case .ready(let opened):
                    reader = opened
                    openedFile = current
                }
            }
            guard let reader else { return .waiting(path) }
            return .snapshot(try reader.classSnapshot(filter, now: now))
        } catch let error as RecordStoreError {
            reader = nil
            return .failed(error)
        } catch {
            reader = nil
            return .failed(.database(path: path, detail: "\(error)"))
        }
    }
}
