import Foundation

/// The network's probabilities for digit images already read, keyed by the strokes that made them: the
/// question screen rereads the whole drawing after every stroke, and with this only the candidate digits
/// that contain the new stroke are read again. Holds about `capacity` readings: when full, the older half
/// is forgotten (two generations, so readings used recently survive).
///
/// One cache serves one recognizer (one classifier and one set of rendering settings); `Recognizer` makes it.
///
/// ```swift
/// let recognizer = Recognizer(classifier: network, cacheCapacity: 256)
/// _ = recognizer.read(drawing)                    // reads every candidate
/// _ = recognizer.read(drawingWithOneMoreStroke)   // reads only the candidates with the new stroke
/// ```
public final class ReadingCache: @unchecked Sendable {
    /// One image: the strokes of a candidate digit (cells as reported), the cell aspect and the view's turn.
    struct Key: Hashable {
        var strokes: [[CellPoint]]
        var cellAspect: Double
        var degrees: Double
    }

    public let capacity: Int
    private var current: [Key: [Float]] = [:]
    private var previous: [Key: [Float]] = [:]
    private let lock = NSLock()

    public init(capacity: Int) {
        self.capacity = max(capacity, 2)
    }

    /// Readings held now.
    public var count: Int {
        lock.lock(); defer { lock.unlock() }
        return current.count + previous.count
    }

    /// Forgets every reading (for a benchmark that must read a stroke as new).
    public func removeAll() {
        lock.lock(); defer { lock.unlock() }
        current = [:]
        previous = [:]
    }

    func probabilities(_ key: Key) -> [Float]? {
        lock.lock(); defer { lock.unlock() }
        if let hit = current[key] { return hit }
        guard let old = previous.removeValue(forKey: key) else { return nil }
        insert(key, old)
        return old
    }

    func store(_ key: Key, _ probabilities: [Float]) {
        lock.lock(); defer { lock.unlock() }
        insert(key, probabilities)
    }

    private func insert(_ key: Key, _ value: [Float]) {
        if current.count >= capacity / 2 {
            previous = current
            current = [:]
        }
        current[key] = value
    }
}
