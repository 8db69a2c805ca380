import Basics
import CNN
import Foundation

/// The measurements behind `astro-lab bench`, as `name=value` pairs in a fixed order.
///
/// ```swift
/// for (name, value) in try EngineBenchmark.run(weights: url) { print("\(name)=\(value)") }
/// ```
public enum EngineBenchmark {
    /// Loads `weights` (timing the load), then measures single-image latency on one thread (median of
    /// `latencyRuns` timed calls after `warmup` untimed ones), batch throughput on `threads` threads
    /// (`batchSize` images per call, at least `batchImages` images, median of 3 passes), the sgemm
    /// rate on conv2's im2col shape and on 512³, and the engine's memory.
    public static func run(weights: URL, latencyRuns: Int = 2000, warmup: Int = 200, batchSize: Int = 256,
                           batchImages: Int = 10_000, threads: Int = ProcessInfo.processInfo.activeProcessorCount) throws
        -> [(name: String, value: String)] {
        var out: [(String, String)] = []
        func add(_ name: String, _ value: String) { out.append((name, value)) }

        var loadTimes: [Double] = []
        var network = try DigitNetwork(contentsOf: weights)
        for _ in 0..<9 {
            let (loaded, seconds) = try Timing.measure { try DigitNetwork(contentsOf: weights) }
            network = loaded
            loadTimes.append(seconds)
        }
        add("weights", weights.path)
        add("load_milliseconds", format(Timing.median(loadTimes) * 1e3, 2))

        var generator = SeededGenerator(seed: 42)
        let image = (0..<784).map { _ in generator.unit() }
        let rssBefore = residentBytes()
        _ = network.logits(for: image)
        let rssAfter = residentBytes()
        for _ in 0..<warmup { _ = network.logits(for: image) }
        var times: [Double] = []
        times.reserveCapacity(latencyRuns)
        for _ in 0..<latencyRuns {
            times.append(Timing.measure { network.logits(for: image) }.seconds)
        }
        let latency = Timing.median(times)
        add("single_image_runs", "\(latencyRuns)")
        add("single_image_microseconds", format(latency * 1e6, 1))
        add("single_image_mean_microseconds", format(times.reduce(0, +) / Double(times.count) * 1e6, 1))
        add("single_image_p10_microseconds", format(Timing.percentile(times, 0.1) * 1e6, 1))
        add("single_image_p90_microseconds", format(Timing.percentile(times, 0.9) * 1e6, 1))
        add("single_image_gflops", format(AstroCNNv1.flopsPerImage / latency / 1e9, 2))

        let batch = (0..<(batchSize * 784)).map { _ in Float(generator.next() >> 40) / Float(1 << 24) }
        _ = network.logits(forBatch: batch, count: batchSize, threads: threads)
        var rates: [Double] = []
        for _ in 0..<3 {
            var done = 0
            let seconds = Timing.measure {
                while done < batchImages {
                    _ = network.logits(forBatch: batch, count: batchSize, threads: threads)
                    done += batchSize
                }
            }.seconds
            rates.append(Double(done) / seconds)
        }
        let rate = Timing.median(rates)
        add("batch_threads", "\(threads)")
        add("batch_size", "\(batchSize)")
        add("batch_images_per_second", format(rate, 0))
        add("batch_gflops", format(rate * AstroCNNv1.flopsPerImage / 1e9, 2))

        add("sgemm_128x121x576_gflops", format(sgemmRate(m: 128, n: 121, k: 576, threads: 1), 2))
        add("sgemm_512x512x512_gflops_one_thread", format(sgemmRate(m: 512, n: 512, k: 512, threads: 1), 2))
        add("sgemm_512x512x512_gflops_\(threads)_threads", format(sgemmRate(m: 512, n: 512, k: 512, threads: threads), 2))
        add("workspace_bytes_per_thread", "\(DigitNetwork.workspaceBytesPerThread)")
        add("weight_bytes", "\(network.weightBytes)")
        if let before = rssBefore, let after = rssAfter { add("first_image_rss_growth_bytes", "\(max(0, after - before))") }
        return out
    }

    /// GFLOP/s of `sgemm` on an m×n×k product: median of single-call timings (short calls, so time
    /// slices lost to other processes on a shared machine skew only the tail, not the median).
    static func sgemmRate(m: Int, n: Int, k: Int, threads: Int) -> Double {
        var generator = SeededGenerator(seed: 7)
        let a = (0..<(m * k)).map { _ in generator.unit() - 0.5 }
        let b = (0..<(k * n)).map { _ in generator.unit() - 0.5 }
        var c = [Float](repeating: 0, count: m * n)
        let calls = max(21, Int(4e8 / Double(2 * m * n * k)))
        var times: [Double] = []
        for _ in 0..<calls {
            times.append(Timing.measure {
                sgemm(transA: false, transB: false, m: m, n: n, k: k, alpha: 1, a: a, lda: k, b: b, ldb: n,
                      beta: 0, c: &c, ldc: n, threads: threads)
            }.seconds)
        }
        return Double(2 * m * n * k) / Timing.median(times) / 1e9
    }

    static func format(_ value: Double, _ decimals: Int) -> String { String(format: "%.\(decimals)f", value) }

    /// Resident set size from /proc/self/statm (Linux); nil elsewhere.
    static func residentBytes() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
