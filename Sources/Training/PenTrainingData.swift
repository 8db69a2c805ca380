import Basics
import CNN
import Dispatch
import Foundation
import Ink

/// Pen trajectories turned into training images the way the app sees mouse-drawn digits: each sample
/// replayed as terminal cells (`Ink.TerminalReplay`, jittered, at a random canvas height) and rendered by
/// `Ink.InkPipeline.digitImage(of:)`, the app's own rendering.
///
/// A sample's label is its digit, or `PenTrainingData.nonDigit` (10) for a letter taught as "not a digit".
///
/// ```swift
/// let pen = PenTrainingData.render(samples: samples, copies: 3, rows: 12...20, seed: 1, stream: 0, threads: 2)
/// pen.images.count == pen.labels.count * 784
/// ```
public struct PenTrainingData: Sendable {
    /// The label of a non-digit image (trained toward an even spread over the ten digits).
    public static let nonDigit = 10

    /// Rendered images, 784 bytes each (ink 255).
    public var images: [UInt8]
    public var labels: [UInt8]
    /// Samples whose replay held nothing but dots (left out).
    public var skipped: Int
    public var samplesUsed: Int

    public var count: Int { labels.count }

    /// Pendigits writers' samples from `file`, all but `holdoutWriters`.
    public static func pendigits(file: URL, holdoutWriters: [Int]) throws -> (training: [PenSample], writers: [Int], heldOut: [Int]) {
        let samples: [PenSample]
        do { samples = try PenDigits.read(contentsOf: file) } catch {
            throw TrainingDataError.invalid(path: file.path, reason: "\(error)")
        }
        let holdout = Set(holdoutWriters)
        let training = samples.filter { !holdout.contains($0.writer) }
        guard !training.isEmpty else {
            throw TrainingDataError.invalid(path: file.path, reason: "no pen samples left after holding out writers \(holdoutWriters)")
        }
        return (training, Array(Set(training.map(\.writer))).sorted(), Array(holdout.intersection(samples.map(\.writer))).sorted())
    }

    /// `copies` jittered renderings of every sample; `stream` keeps different sample lists' jitter apart.
    public static func render(samples: [PenSample], copies: Int, rows: ClosedRange<Int>, seed: UInt64, stream: UInt64,
                              threads: Int) -> PenTrainingData {
        let jobs = samples.count * copies
        let workers = max(1, threads)
        var parts = [[(image: [Float], label: Int)?]](repeating: [], count: workers)
        parts.withUnsafeMutableBufferPointer { buffer in
            let parts = WorkerShared(buffer)   // worker w writes element w only
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                var out: [(image: [Float], label: Int)?] = []
                for job in stride(from: w, to: jobs, by: workers) {
                    let sample = samples[job / copies]
                    var rng = SeededGenerator(seed: seed, stream: 0x9E9 &+ (stream << 40) &+ UInt64(job))
                    let canvasRows = rows.lowerBound + Int(rng.next() % UInt64(rows.count))
                    let drawing = TerminalReplay.drawing(of: [sample], canvasRows: canvasRows, jitter: .training, using: &rng)
                    let image = InkPipeline.digitImage(of: drawing)
                    out.append(image.map { ($0.pixels, sample.label) })
                }
                parts.value[w] = out
            }
        }
        var images: [UInt8] = [], labels: [UInt8] = []
        images.reserveCapacity(jobs * 784)
        var skipped = 0
        // Back into job order so the result does not depend on the thread count.
        for job in 0..<jobs {
            guard let item = parts[job % workers][job / workers] else { skipped += 1; continue }
            images += item.image.map { UInt8(max(0, min(255, ($0 * 255).rounded()))) }
            labels.append(UInt8(item.label))
        }
        return PenTrainingData(images: images, labels: labels, skipped: skipped, samplesUsed: samples.count)
    }
}
