import Basics

/// Where the time of training steps goes, phase by phase: wall-clock seconds summed over steps (a phase
/// runs on all worker threads at once, so its seconds are elapsed time, not CPU time). Filled by
/// `TrainingNetwork.trainStep` and the trainer when asked (`astro-lab train --profile`).
///
/// ```swift
/// net.profile = StepProfile()
/// net.trainStep(count: 128, dropoutSeed: 1) { i, pixels in … }
/// print(net.profile!.seconds[StepProfile.Phase.conv2Backward.rawValue])
/// ```
public struct StepProfile: Sendable {
    /// The phases of one step, in the order they run.
    public enum Phase: Int, CaseIterable, Sendable {
        case input, conv1Forward, conv2Forward, fc1Forward, head, fc1Backward, conv2Backward, conv1Backward,
             reductions, optimizer

        /// What the phase does, for the table.
        public var title: String {
            switch self {
            case .input: return "input: decode + augment"
            case .conv1Forward: return "conv1 forward: im2col, GEMM, moments"
            case .conv2Forward: return "conv2 forward: bn1+ReLU, pool, im2col, GEMM, moments"
            case .fc1Forward: return "fc1 forward: bn2+ReLU, pool, flatten, GEMM"
            case .head: return "fc2 forward, loss, fc2 backward"
            case .fc1Backward: return "fc1 backward: bn3, 2 GEMMs, pool, ReLU"
            case .conv2Backward: return "conv2 backward: bn2, dW and dX GEMMs, col2im, pool, ReLU"
            case .conv1Backward: return "conv1 backward: bn1, dW GEMM"
            case .reductions: return "batch-norm and gradient sums (one thread)"
            case .optimizer: return "Adam update (one thread)"
            }
        }

        /// Multiply-add work per training image, counted as 2 FLOP each (the GEMMs only).
        public var megaflopsPerImage: Double {
            switch self {
            case .conv1Forward: return 2 * 64 * 9 * 676 / 1e6
            case .conv2Forward: return 2 * 128 * 576 * 121 / 1e6
            case .fc1Forward: return 2 * 128 * 3200 / 1e6
            case .head: return 2 * 2 * 10 * 128 / 1e6
            case .fc1Backward: return 2 * 2 * 128 * 3200 / 1e6
            case .conv2Backward: return 2 * 2 * 128 * 576 * 121 / 1e6
            case .conv1Backward: return 2 * 64 * 9 * 676 / 1e6
            case .input, .reductions, .optimizer: return 0
            }
        }
    }

    /// Seconds per phase, indexed by `Phase.rawValue`.
    public var seconds = [Double](repeating: 0, count: Phase.allCases.count)
    /// Images the timed steps trained on.
    public var images = 0

    public init() {}

    /// Adds the time `body` takes to `phase`.
    @inline(__always)
    public mutating func time<T>(_ phase: Phase, _ body: () throws -> T) rethrows -> T {
        let start = Timing.now()
        defer { seconds[phase.rawValue] += Timing.now() - start }
        return try body()
    }

    /// All the timed seconds.
    public var total: Double { seconds.reduce(0, +) }
}

extension StepProfile {
    /// The phases as a text table: seconds, share of the timed total, milliseconds per 128 images and the
    /// GEMM work's rate where the phase has one.
    ///
    ///     where the time went (2 threads, avx512 kernels, 60,032 images, 71.3 s timed)
    ///     phase                                              seconds  share  ms/128 img  GFLOP/s
    ///     conv2 backward: bn2, dW and dX GEMMs, col2im, …       30.1  42.2 %      64.2     68.4
    public func table(kernels: String) -> String {
        let total = self.total
        func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
            let cut = text.count > width ? String(text.prefix(width - 1)) + "…" : text
            let fill = String(repeating: " ", count: max(0, width - cut.count))
            return left ? cut + fill : fill + cut
        }
        var lines = ["where the time went (\(kernels) kernels, \(images) images, \(fmt(total, 1)) s timed)",
                     pad("phase", 56, left: true) + pad("seconds", 9) + pad("share", 8) + pad("ms/128 img", 12) + pad("GFLOP/s", 9)]
        for phase in Phase.allCases {
            let s = seconds[phase.rawValue]
            let rate = phase.megaflopsPerImage > 0 && s > 0 ? fmt(phase.megaflopsPerImage * Double(images) / s / 1e3, 1) : ""
            lines.append(pad(phase.title, 56, left: true) + pad(fmt(s, 1), 9) + pad(fmt(100 * s / max(total, 1e-12), 1) + " %", 8)
                         + pad(fmt(1000 * s * 128 / Double(max(images, 1)), 2), 12) + pad(rate, 9))
        }
        let flops = Phase.allCases.reduce(0) { $0 + $1.megaflopsPerImage }
        lines.append(pad("all (\(fmt(flops, 1)) MFLOP per image)", 56, left: true) + pad(fmt(total, 1), 9) + pad("100 %", 8)
                     + pad(fmt(1000 * total * 128 / Double(max(images, 1)), 2), 12)
                     + pad(fmt(flops * Double(images) / max(total, 1e-12) / 1e3, 1), 9))
        return lines.joined(separator: "\n")
    }
}
