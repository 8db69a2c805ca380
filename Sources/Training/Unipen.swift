import Basics
import Dispatch
import Foundation
import Ink

/// The UNIPEN train_r01_v07 distribution as `../shared/data/unipen` holds it: `data/<set>/<lab>/…/<file>.dat`
/// files, each one writer's characters, naming pen data under `include/` with `.INCLUDE` and listing
/// `.SEGMENT` lines.
///
/// Each data file is read as one writer (the data set's own unit: files are never split between training and
/// testing). Components are numbered over all included pen data in order, a segment's pen-down components are
/// its strokes, and y points up, as in pendigits (`TerminalReplay` flips it).
///
/// ```swift
/// let digits = try Unipen.load(root: URL(fileURLWithPath: "../shared/data/unipen"), set: .digits)
/// let samples = digits.digitSamples()          // [PenSample], writer numbers from 1000
/// print(digits.writers.count, samples.count)   // about 630 writers, 15,953 digits
/// ```
public enum Unipen {
    /// The folders under `data/`.
    public enum CharacterSet: String, Sendable, CaseIterable {
        case digits = "1a", upperCase = "1b", lowerCase = "1c", symbols = "1d"
    }

    /// One writer: a data file, named by its path under `data/<set>/` without the extension
    /// (`apb/apb22/app2234`), and its lab (the first folder).
    public struct Writer: Sendable, Hashable {
        public var key: String
        public var lab: String { String(key.prefix { $0 != "/" }) }
    }

    /// One character: its writer (an index into `Corpus.writers`), label and strokes (tablet units, y up).
    public struct Character: Sendable {
        public var writer: Int
        public var label: String
        public var strokes: [[PenPoint]]
    }

    /// The characters of one set, with their writers.
    public struct Corpus: Sendable {
        public var writers: [Writer]
        public var characters: [Character]
        /// Segments left out because they name components the pen data does not have, or have no ink.
        public var skipped: Int

        /// The digits as `PenSample`s, writer numbers `firstWriter + index` so they never meet pendigits' 1-30.
        public func digitSamples(firstWriter: Int = 1000) -> [PenSample] {
            characters.compactMap { c in
                guard c.label.count == 1, let d = Int(c.label) else { return nil }
                return PenSample(writer: firstWriter + c.writer, label: d, strokes: c.strokes)
            }
        }

        /// The characters whose writers pass `keep`.
        public func filter(writers keep: (Writer) -> Bool) -> Corpus {
            let kept = writers.map(keep)
            return Corpus(writers: writers, characters: characters.filter { kept[$0.writer] }, skipped: skipped)
        }
    }

    /// Reads every data file of `set` (optionally only some labs), in path order.
    public static func load(root: URL, set: CharacterSet, labs: Set<String>? = nil, threads: Int = 2) throws -> Corpus {
        let folder = root.appendingPathComponent("data").appendingPathComponent(set.rawValue)
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
            throw TrainingDataError.missingFile(path: folder.path)
        }
        var keys: [String] = []
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            let key = relative.hasSuffix(".dat") ? String(relative.dropLast(4)) : relative
            if let labs, !labs.contains(String(key.prefix { $0 != "/" })) { continue }
            keys.append(key)
        }
        keys.sort()
        guard !keys.isEmpty else { throw TrainingDataError.invalid(path: folder.path, reason: "no UNIPEN data files") }
        let urls = keys.map { key in
            FileManager.default.fileExists(atPath: folder.appendingPathComponent(key + ".dat").path)
                ? folder.appendingPathComponent(key + ".dat") : folder.appendingPathComponent(key)
        }
        let include = root.appendingPathComponent("include")
        var results = [Result<(characters: [Character], skipped: Int), Error>?](repeating: nil, count: urls.count)
        let workers = max(1, min(threads, urls.count))
        results.withUnsafeMutableBufferPointer { buffer in
            let results = WorkerShared(buffer)   // worker w writes the elements w, w + workers, … only
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                for i in stride(from: w, to: urls.count, by: workers) {
                    results.value[i] = Result { try readDataFile(urls[i], writer: i, include: include) }
                }
            }
        }
        var corpus = Corpus(writers: keys.map { Writer(key: $0) }, characters: [], skipped: 0)
        for result in results {
            let (characters, skipped) = try result!.get()
            corpus.characters += characters
            corpus.skipped += skipped
        }
        return corpus
    }

    /// One data file: its `.INCLUDE`d pen data (documentation `.doc` files skipped) and its segments.
    static func readDataFile(_ url: URL, writer: Int, include: URL) throws -> (characters: [Character], skipped: Int) {
        guard let text = try? String(contentsOf: url, encoding: .isoLatin1) else {
            throw TrainingDataError.unreadable(path: url.path, reason: "not a readable text file")
        }
        var data = UnipenComponents(components: [])
        var characters: [Character] = []
        var skipped = 0
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix(".INCLUDE") {
                let name = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).dropFirst().first.map(String.init) ?? ""
                guard !name.isEmpty, !name.contains("..") else {
                    throw TrainingDataError.invalid(path: url.path, reason: "line \(n + 1): .INCLUDE names no file")
                }
                if name.hasSuffix(".doc") { continue }
                let path = include.appendingPathComponent(name)
                guard let bytes = FileManager.default.contents(atPath: path.path) else { throw TrainingDataError.missingFile(path: path.path) }
                data.components += try UnipenComponents.parse(Array(bytes), file: path.path).components
            } else if line.hasPrefix(".SEGMENT") {
                let segment: UnipenSegment
                do { segment = try UnipenSegment(line: String(line)) } catch {
                    throw TrainingDataError.invalid(path: url.path, reason: "line \(n + 1): \(error)")
                }
                guard let strokes = segment.strokes(of: data), !strokes.isEmpty else { skipped += 1; continue }
                characters.append(Character(writer: writer, label: segment.label, strokes: strokes))
            }
        }
        return (characters, skipped)
    }
}
