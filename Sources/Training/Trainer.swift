import Basics
import CNN
import Foundation
import Ink
import SafeOutput

/// Trains `astro-cnn-v1` on MNIST (plus, optionally, pen trajectories rendered through the ink pipeline) and
/// writes the weights, the history CSV and the SVG plots beside them.
///
/// The last `validation` training images are validation; `t10k` is only evaluated at the end. A checkpoint is
/// written after every epoch and when `interrupt` is raised; `options.resume` continues from one. With the
/// same options (seed, threads, ...) the weights are bit-identical, resumed or not.
///
/// ```swift
/// var options = TrainingOptions(dataDirectory: URL(fileURLWithPath: "data/mnist"),
///                               output: URL(fileURLWithPath: "Weights/astro-cnn-v1.safetensors"))
/// options.epochs = 15
/// let report = try Trainer(options: options).run()
/// print(report.test?.accuracy ?? 0)
/// ```
public final class Trainer {
    public let options: TrainingOptions
    /// Receives log lines (and, with `progressBar`, carriage-return progress updates without newline).
    public var log: (String) -> Void
    public var progress: (String) -> Void
    public let interrupt: InterruptFlag

    public init(options: TrainingOptions, interrupt: InterruptFlag = InterruptFlag(),
                log: @escaping (String) -> Void = { line in
                    // Unbuffered, so a log file shows each line as it happens (nohup runs, CI).
                    FileHandle.standardOutput.write((line + "\n").data(using: .utf8)!)
                },
                progress: @escaping (String) -> Void = { text in
                    FileHandle.standardOutput.write(text.data(using: .utf8)!)
                }) {
        self.options = options
        self.interrupt = interrupt
        self.log = log
        self.progress = progress
    }

    public func run() throws -> TrainingReport {
        let started = Timing.now()
        let o = options
        try o.check()
        try Self.checkWritable(o.output)
        // Every file the run will write, checked now rather than after an hour of training: each replaces
        // only a file of its own kind, never the records or another database (SafeOutput.OutputFile).
        for (url, kind) in Self.outputs(of: o) { try OutputFile.check(url.path, as: kind) }

        // Data: training part, validation part, test; pen renderings appended to the training pool.
        let all = try MNIST.load(directory: o.dataDirectory, split: .train)
        let testFull = try MNIST.load(directory: o.dataDirectory, split: .test)
        guard o.validation >= 0, o.validation < all.count - 1 else {
            throw TrainingDataError.invalid(path: o.dataDirectory.path, reason: "holding out \(o.validation) images for validation leaves none for training (\(all.count) in total)")
        }
        var trainPart = all.slice(0..<all.count - o.validation)
        if let limit = o.trainLimit { trainPart = trainPart.slice(0..<min(limit, trainPart.count)) }
        let validationSet = all.slice(all.count - o.validation..<all.count)
        let testSet = o.testLimit.map { testFull.slice(0..<min($0, testFull.count)) } ?? testFull
        var poolImages = trainPart.images, poolLabels = trainPart.labels
        var pen: (data: PenTrainingData, writers: [Int], heldOut: [Int])?
        if let penURL = o.penDigits {
            let t = Timing.now()
            let source = try PenTrainingData.pendigits(file: penURL, holdoutWriters: o.penHoldoutWriters)
            let rendered = PenTrainingData.render(samples: source.training, copies: o.penCopies, rows: o.penRows, seed: o.seed,
                                                  stream: 0, threads: o.threads)
            poolImages += rendered.images
            poolLabels += rendered.labels
            pen = (rendered, source.writers, source.heldOut)
            log("pen data: \(rendered.count) images from \(rendered.samplesUsed) samples of writers \(Self.ranges(source.writers)) "
                + "(\(o.penCopies) copies, \(o.penRows.lowerBound)-\(o.penRows.upperBound) rows, \(rendered.skipped) skipped; "
                + "held out: \(Self.ranges(source.heldOut))) in \(fmt(Timing.now() - t, 1)) s")
        }
        var unipen: (digits: PenTrainingData, nonDigits: PenTrainingData?, writers: Int)?
        if let root = o.unipen {
            let t = Timing.now()
            let corpus = try Unipen.load(root: root, set: .digits, threads: o.threads)
                .filter { o.split.role(ofUnipen: $0) == .training }
            let samples = corpus.digitSamples()
            let digits = PenTrainingData.render(samples: samples, copies: o.unipenCopies, rows: o.penRows, seed: o.seed,
                                                stream: 1, threads: o.threads)
            poolImages += digits.images
            poolLabels += digits.labels
            var nonDigits: PenTrainingData?
            if o.nonDigits > 0 {
                var letters = try HeldOutWriters.nonDigitLetters(role: .training, split: o.split, unipen: root, threads: o.threads)
                // An even draw over all training writers' letters, the same for the same seed.
                var rng = SeededGenerator(seed: o.seed, stream: 0x1E77E45)
                letters.shuffle(using: &rng)
                let rendered = PenTrainingData.render(samples: Array(letters.prefix(o.nonDigits)), copies: 1, rows: o.penRows,
                                                      seed: o.seed, stream: 2, threads: o.threads)
                poolImages += rendered.images
                poolLabels += rendered.labels
                nonDigits = rendered
            }
            let writers = Set(corpus.characters.map(\.writer)).count
            unipen = (digits, nonDigits, writers)
            log("UNIPEN: \(digits.count) images from \(digits.samplesUsed) digits of \(writers) training writers (\(o.unipenCopies) copies, "
                + "\(digits.skipped) skipped)" + (nonDigits.map { ", \($0.count) non-digit letters (weight \(o.outlierWeight))" } ?? "")
                + "; \(o.split.summary); in \(fmt(Timing.now() - t, 1)) s")
        }
        let poolCount = poolLabels.count
        let batchesPerEpoch = poolCount / o.batch
        guard batchesPerEpoch >= 1 else {
            throw TrainingDataError.invalid(path: o.dataDirectory.path, reason: "\(poolCount) training images are fewer than one batch of \(o.batch)")
        }
        let totalSteps = o.epochs * batchesPerEpoch
        let schedule = LearningRateSchedule(peak: o.peakLearningRate, totalSteps: totalSteps,
                                            warmupSteps: min(batchesPerEpoch, totalSteps / 5))
        let fingerprint = "seed=\(o.seed) batch=\(o.batch) threads=\(o.threads) epochs=\(o.epochs) images=\(poolCount) "
            + "validation=\(o.validation) lr=\(o.peakLearningRate) dropout=\(o.dropout) augmentation=\(o.augmentation)"
            + (o.weightAverageDecay > 0 ? " weight_average=\(o.weightAverageDecay)" : "")
            + (o.featureDropout > 0 ? " feature_dropout=\(o.featureDropout)" : "")
            + (o.labelSmoothing > 0 ? " label_smoothing=\(o.labelSmoothing)" : "")
            + (o.weightDecay > 0 ? " weight_decay=\(o.weightDecay)" : "")
            + (o.unipen != nil ? " unipen_copies=\(o.unipenCopies) non_digits=\(o.nonDigits) outlier_weight=\(o.outlierWeight)" : "")

        var parameters = NetworkParameters.heInitialized(seed: o.seed)
        var adam = AdamOptimizer(count: NetworkParameters.trainableCount)
        let weightDecay = WeightDecay(rate: o.weightDecay)
        var average = o.weightAverageDecay > 0 ? WeightAverage(decay: o.weightAverageDecay, start: parameters.values) : nil
        var history = TrainingHistory()
        var startEpoch = 0, startBatch = 0
        var carried = (loss: 0.0, correct: 0, seconds: 0.0)
        if let resume = o.resume {
            let checkpoint = try TrainingCheckpoint.read(contentsOf: resume)
            guard checkpoint.fingerprint == fingerprint else {
                throw TrainingDataError.invalid(path: resume.path, reason: "checkpoint was made with other options (\(checkpoint.fingerprint))")
            }
            parameters = checkpoint.parameters
            adam = checkpoint.adam
            if average != nil {
                guard let saved = checkpoint.average else {
                    throw TrainingDataError.invalid(path: resume.path, reason: "checkpoint lacks the weight average")
                }
                average = saved
            }
            history = checkpoint.history
            startEpoch = checkpoint.epoch
            startBatch = checkpoint.batchInEpoch
            carried = (checkpoint.partialLoss, checkpoint.partialCorrect, checkpoint.partialSeconds)
            log("resuming from \(resume.path): epoch \(startEpoch + 1), batch \(startBatch + 1) of \(batchesPerEpoch)")
        }
        log("training on \(trainPart.count) MNIST" + (pen.map { " + \($0.data.count) pen" } ?? "")
            + (unipen.map { " + \($0.digits.count + ($0.nonDigits?.count ?? 0)) UNIPEN" } ?? "") + " images, validating on \(validationSet.count), "
            + "\(o.epochs) epochs of \(batchesPerEpoch) batches of \(o.batch), \(o.threads) threads, seed \(o.seed)")

        let net = TrainingNetwork(parameters: parameters, threads: o.threads, maxBatch: o.batch, dropout: o.dropout,
                                  featureDropout: o.featureDropout)
        net.labelSmoothing = o.labelSmoothing
        net.outlierWeight = o.outlierWeight
        if o.profile { net.profile = StepProfile() }
        let validationPixels = validationSet.images.map { Float($0) / 255 }
        let validationLabels = validationSet.labels.map(Int.init)
        /// Loss and accuracy of the network as it stands (running statistics, no dropout) on the validation images.
        func validate() -> Evaluation {
            validationPixels.withUnsafeBufferPointer {
                Evaluation(logits: net.logits(images: $0.baseAddress!, count: validationLabels.count), labels: validationLabels)
            }
        }
        var lastValidation: Evaluation?

        for epoch in startEpoch..<o.epochs {
            let order = Self.permutation(poolCount, seed: o.seed, epoch: epoch)
            var lossSum = carried.loss, correctSum = carried.correct, seconds = carried.seconds
            carried = (0, 0, 0)
            var lastDraw = -Double.infinity   // never drawn
            let firstBatch = epoch == startEpoch ? startBatch : 0
            for b in firstBatch..<batchesPerEpoch {
                let t0 = Timing.now()
                let step = net.trainStep(count: o.batch, dropoutSeed: o.seed &* 0x1000193 &+ UInt64(epoch * 1_000_003 + b)) { i, pixels in
                    let index = order[b * o.batch + i]
                    var rng = SeededGenerator(seed: o.seed, stream: UInt64(epoch) << 32 | UInt64(index))
                    withUnsafeTemporaryAllocation(of: Float.self, capacity: 784) { source in
                        for p in 0..<784 { source[p] = Float(poolImages[index * 784 + p]) / 255 }
                        o.augmentation.apply(to: UnsafePointer(source.baseAddress!), into: pixels, using: &rng)
                    }
                    return Int(poolLabels[index])
                }
                let rate = schedule.rate(at: adam.step)
                // A loss that is no longer a number means the weights are gone (a rate far too large): stop
                // with one line, before anything is written from them.
                guard step.loss.isFinite else {
                    if o.progressBar { progress("\n") }
                    throw TrainingDivergence(epoch: epoch + 1, batch: b + 1, loss: step.loss, learningRate: o.peakLearningRate)
                }
                let optimizerStart = Timing.now()
                adam.update(&net.parameters.values, gradient: net.gradient, learningRate: rate)
                weightDecay.apply(to: &net.parameters.values, learningRate: rate)
                average?.update(with: net.parameters.values)
                net.profile?.seconds[StepProfile.Phase.optimizer.rawValue] += Timing.now() - optimizerStart
                lossSum += step.loss * Double(o.batch)
                correctSum += step.correct
                seconds += Timing.now() - t0
                let done = b + 1
                if o.progressBar, Timing.now() - lastDraw > 0.25 || done == batchesPerEpoch {
                    lastDraw = Timing.now()
                    progress("\r" + Self.progressLine(epoch: epoch, epochs: o.epochs, done: done, total: batchesPerEpoch,
                                                      batch: o.batch, seconds: seconds, loss: lossSum / Double(done * o.batch)))
                } else if !o.progressBar, Timing.now() - lastDraw > 60 {
                    if lastDraw > -Double.infinity {
                        log(Self.progressLine(epoch: epoch, epochs: o.epochs, done: done, total: batchesPerEpoch, batch: o.batch,
                                              seconds: seconds, loss: lossSum / Double(done * o.batch)))
                    }
                    lastDraw = Timing.now()
                }
                if interrupt.isSet && done < batchesPerEpoch {
                    var checkpoint = TrainingCheckpoint(parameters: net.parameters, adam: adam, average: average, epoch: epoch,
                                                        batchInEpoch: done, history: history, fingerprint: fingerprint)
                    checkpoint.partialLoss = lossSum
                    checkpoint.partialCorrect = correctSum
                    checkpoint.partialSeconds = seconds
                    try checkpoint.write(to: o.checkpointURL)
                    if o.progressBar { progress("\n") }
                    log("interrupted in epoch \(epoch + 1) after batch \(done); checkpoint written to \(o.checkpointURL.path); "
                        + "continue with --resume \(o.checkpointURL.path)")
                    return TrainingReport(interrupted: true, history: history, test: nil, validation: lastValidation,
                                          weightsWritten: [o.checkpointURL.path], wallSeconds: Timing.now() - started,
                                          parameters: net.parameters)
                }
            }
            if o.progressBar { progress("\n") }
            let images = batchesPerEpoch * o.batch
            let validation = validate()
            lastValidation = validation
            history.rows.append(.init(epoch: epoch + 1, learningRate: Double(schedule.rate(at: adam.step - 1)),
                                      trainLoss: lossSum / Double(images), trainAccuracy: Double(correctSum) / Double(images),
                                      validationLoss: validation.loss, validationAccuracy: validation.accuracy,
                                      seconds: seconds, imagesPerSecond: Double(images) / max(seconds, 1e-9)))
            let row = history.rows.last!
            log("epoch \(epoch + 1)/\(o.epochs) train_loss=\(fmt(row.trainLoss, 4)) train_accuracy=\(fmt(row.trainAccuracy, 4)) "
                + "validation_loss=\(fmt(row.validationLoss, 4)) validation_accuracy=\(fmt(row.validationAccuracy, 4)) "
                + "lr=\(fmt(row.learningRate, 6)) epoch_seconds=\(fmt(row.seconds, 1)) images_per_second=\(fmt(row.imagesPerSecond, 0))")
            try TrainingCheckpoint(parameters: net.parameters, adam: adam, average: average, epoch: epoch + 1, batchInEpoch: 0,
                                   history: history, fingerprint: fingerprint).write(to: o.checkpointURL)
            if interrupt.isSet && epoch + 1 < o.epochs {
                log("interrupted after epoch \(epoch + 1); checkpoint written to \(o.checkpointURL.path); continue with --resume \(o.checkpointURL.path)")
                return TrainingReport(interrupted: true, history: history, test: nil, validation: validation,
                                      weightsWritten: [o.checkpointURL.path], wallSeconds: Timing.now() - started,
                                      parameters: net.parameters)
            }
        }

        // Batch-norm recalibration: running statistics from clean (un-augmented) training images, so they match
        // what the network reads later; weights are unchanged.
        let recalibrationCount = min(o.recalibrationImages, poolCount)
        func recalibrate() -> Evaluation {
            let order = Self.permutation(poolCount, seed: o.seed, epoch: 1_000_000)
            net.recalibrateBatchNorm(count: recalibrationCount) { i, pixels in
                let index = order[i]
                for p in 0..<784 { pixels[p] = Float(poolImages[index * 784 + p]) / 255 }
                return Int(poolLabels[index])
            }
            return validate()
        }
        if o.recalibrationImages > 0 {
            let recalibrated = recalibrate()
            log("batch-norm statistics recalibrated on \(recalibrationCount) clean training images: "
                + "validation_accuracy \(fmt(lastValidation?.accuracy ?? 0, 4)) -> \(fmt(recalibrated.accuracy, 4))")
            lastValidation = recalibrated
        }
        // The averaged weights replace the last step's; their running statistics must be measured afresh.
        if let average {
            net.parameters.values = average.values
            let averaged = o.recalibrationImages > 0 ? recalibrate() : validate()
            log("weight average (decay \(average.decay), \(average.updates) steps): validation_accuracy "
                + "\(fmt(lastValidation?.accuracy ?? 0, 4)) -> \(fmt(averaged.accuracy, 4))")
            lastValidation = averaged
        }

        // Final figures on the test set, never trained on.
        let testPixels = testSet.images.map { Float($0) / 255 }
        let testLabels = testSet.labels.map(Int.init)
        let test = testPixels.withUnsafeBufferPointer {
            Evaluation(logits: net.logits(images: $0.baseAddress!, count: testLabels.count), labels: testLabels)
        }
        log("test_accuracy=\(fmt(test.accuracy, 4)) test_loss=\(fmt(test.loss, 4)) on \(test.count) t10k images")
        log(test.table)

        if let profile = net.profile { log(profile.table(kernels: KernelForm.current.rawValue)) }
        let wall = Timing.now() - started
        var metadata: [String: String] = [
            "architecture": AstroCNNv1.name, "bn_eps": "1e-05",
            "trained_by": "astro-numbers train (Swift, Sources/Training)",
            "command": o.command, "epochs": "\(o.epochs)", "seed": "\(o.seed)", "batch": "\(o.batch)", "threads": "\(o.threads)",
            "test_accuracy": fmt(test.accuracy, 4), "test_images": "\(test.count)",
            "validation_accuracy": fmt(lastValidation?.accuracy ?? 0, 4), "validation_images": "\(validationSet.count)",
            "mnist_training_images": "\(trainPart.count)",
            "optimizer": "Adam (0.9, 0.999), one-cycle learning rate peak \(o.peakLearningRate), dropout "
                + (o.featureDropout > 0 ? "\(o.featureDropout) before fc1 and " : "") + "\(o.dropout) before fc2, He init"
                + (o.labelSmoothing > 0 ? ", label smoothing \(o.labelSmoothing)" : "")
                + (o.weightDecay > 0 ? ", decoupled weight decay \(o.weightDecay) on conv and fc weights" : ""),
            "batchnorm_recalibration": "running statistics re-estimated after training on \(recalibrationCount) clean training images",
            "augmentation": "\(Int(o.augmentation.probability * 100))% of images: rotation ±\(o.augmentation.rotationDegrees)°, scale ±\(o.augmentation.scale), shear ±\(o.augmentation.shear), "
                + "shift ±\(o.augmentation.shift) px, elastic \(o.augmentation.elastic) px (\(o.augmentation.elasticGrid)x\(o.augmentation.elasticGrid) control grid)",
            "training_seconds": fmt(wall, 0),
        ]
        if let average {
            metadata["weight_average"] = "exponential moving average of the weights over all \(average.updates) steps, decay \(average.decay); "
                + "these averaged weights are the ones written"
        }
        if let pen {
            metadata["pen_data"] = "\(o.penDigits!.lastPathComponent): writers \(Self.ranges(pen.writers)) (\(pen.data.samplesUsed) samples) x \(o.penCopies) "
                + "jittered replays (Ink.TerminalReplay, ReplayJitter.training) at \(o.penRows.lowerBound)-\(o.penRows.upperBound) canvas rows, "
                + "rendered by Ink.InkPipeline.digitImage: \(pen.data.count) images (\(pen.data.skipped) skipped: only dots), mixed into the MNIST batches with the same augmentation"
            metadata["pen_holdout_writers"] = pen.heldOut.map(String.init).joined(separator: ",")
        }
        if let unipen {
            metadata["unipen_data"] = "UNIPEN train_r01_v07 digits of \(unipen.writers) training writers (\(unipen.digits.samplesUsed) samples) x \(o.unipenCopies) "
                + "jittered replays like the pen data: \(unipen.digits.count) images"
                + (unipen.nonDigits.map { "; \($0.count) letters that resemble no digit (NonDigitLetters), one replay each, trained toward an even spread over the digits with loss weight \(o.outlierWeight)" } ?? "")
            metadata["split"] = o.split.summary
        }
        try Safetensors.write(net.parameters.tensors(), metadata: metadata, to: o.output)
        try writeText(history.csv, to: o.historyURL)
        try writeText(TrainingPlots.curves(history), to: o.curvesURL)
        try writeText(TrainingPlots.confusion(test), to: o.confusionURL)
        let penLabels = (pen?.data.labels ?? []) + (unipen?.digits.labels ?? [])
        let penCounts = penLabels.isEmpty ? nil : (0..<10).map { d in penLabels.filter { Int($0) == d }.count }
        try writeText(TrainingPlots.digitCounts(mnist: (0..<10).map { d in trainPart.labels.filter { Int($0) == d }.count },
                                                     pen: penCounts, test: test), to: o.digitsURL)
        log(TerminalPlot.curves(history))
        try? FileManager.default.removeItem(at: o.checkpointURL)
        let written = [o.output, o.historyURL, o.curvesURL, o.confusionURL, o.digitsURL].map(\.path)
        log("wrote " + written.joined(separator: ", ") + " in \(fmt(wall, 0)) s")
        return TrainingReport(interrupted: false, history: history, test: test, validation: lastValidation,
                              weightsWritten: written, wallSeconds: wall, parameters: net.parameters)
    }

    // MARK: - Helpers

    /// Fails early, with one line and nothing left behind, when the output folder cannot take files.
    static func checkWritable(_ output: URL) throws {
        let folder = output.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw TrainingDataError.invalid(path: output.path, reason: "cannot write: folder \(folder.path) does not exist")
        }
        if FileManager.default.fileExists(atPath: output.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw TrainingDataError.invalid(path: output.path, reason: "cannot write: it is a folder")
        }
        let probe = folder.appendingPathComponent(".astro-write-probe-\(ProcessInfo.processInfo.processIdentifier)")
        guard FileManager.default.createFile(atPath: probe.path, contents: Data()) else {
            throw TrainingDataError.invalid(path: output.path, reason: "cannot write: folder \(folder.path) is not writable")
        }
        try? FileManager.default.removeItem(at: probe)
    }

    /// The files a run writes and what each is: weights and checkpoint, the history CSV, the SVG plots.
    static func outputs(of o: TrainingOptions) -> [(URL, FileKind)] {
        [(o.output, .safetensors), (o.checkpointURL, .safetensors), (o.historyURL, .csv(header: TrainingHistory.header)),
         (o.curvesURL, .svg), (o.confusionURL, .svg), (o.digitsURL, .svg)]
    }

    /// Writes a text output through a temporary file and a rename (`SafeOutput.OutputFile`), as its kind in
    /// ``outputs(of:)``.
    func writeText(_ text: String, to url: URL) throws {
        let kind = Self.outputs(of: options).first { $0.0 == url }?.1 ?? .newFile("output")
        try OutputFile.write(Data(text.utf8), to: url.path, as: kind)
    }

    /// A seeded Fisher-Yates shuffle of 0..<count, one per epoch.
    static func permutation(_ count: Int, seed: UInt64, epoch: Int) -> [Int] {
        var order = Array(0..<count)
        var rng = SeededGenerator(seed: seed, stream: 0xE90C_0000 &+ UInt64(epoch))
        for i in stride(from: count - 1, to: 0, by: -1) {
            let j = Int(rng.next() % UInt64(i + 1))
            order.swapAt(i, j)
        }
        return order
    }

    static func progressLine(epoch: Int, epochs: Int, done: Int, total: Int, batch: Int, seconds: Double, loss: Double) -> String {
        let width = 30
        let filled = done * width / max(total, 1)
        let rate = Double(done * batch) / max(seconds, 1e-9)
        let left = Double((total - done) * batch) / max(rate, 1e-9)
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        return "epoch \(epoch + 1)/\(epochs) \(bar) \(done)/\(total) \(fmt(rate, 0)) img/s, \(Int(left) / 60):\(String(format: "%02d", Int(left) % 60)) left, loss \(fmt(loss, 4))"
    }

    /// "1-22" style text for a sorted list of writer numbers.
    static func ranges(_ numbers: [Int]) -> String {
        guard !numbers.isEmpty else { return "none" }
        var parts: [String] = []
        var start = numbers[0], last = numbers[0]
        for n in numbers.dropFirst() {
            if n == last + 1 { last = n; continue }
            parts.append(start == last ? "\(start)" : "\(start)-\(last)")
            start = n; last = n
        }
        parts.append(start == last ? "\(start)" : "\(start)-\(last)")
        return parts.joined(separator: ",")
    }
}
