import CNN
import EnglishCatalogue
import Foundation
import XCTest
@testable import Training

/// Short real training runs on the committed tiny MNIST fixture (1,000 training, 200 test images).
final class TrainerTests: XCTestCase {
    private var scratch: URL!

    override func setUpWithError() throws {
        EnglishMessages.install()
        scratch = try FixtureData.scratchDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: scratch)
    }

    private func options(_ name: String, epochs: Int = 2, limit: Int = 900) -> TrainingOptions {
        var o = TrainingOptions(dataDirectory: FixtureData.tinyMNIST, output: scratch.appendingPathComponent("\(name).safetensors"))
        o.epochs = epochs
        o.batch = 50
        o.threads = 2
        o.validation = 100
        o.trainLimit = limit
        o.seed = 3
        o.peakLearningRate = 3e-3
        return o
    }

    private func quiet(_ options: TrainingOptions, interrupt: InterruptFlag = InterruptFlag()) -> Trainer {
        Trainer(options: options, interrupt: interrupt, log: { _ in }, progress: { _ in })
    }

    /// Weights, checkpoint, history and plots never replace the records, a database or a file of another
    /// kind: refused before any training, the files left as they were.
    func testOutputsThatWouldDestroySomethingAreRefusedBeforeTraining() throws {
        let records = scratch.appendingPathComponent("records.sqlite")
        let database = Data("SQLite format 3\0".utf8) + Data(repeating: 7, count: 100)
        try database.write(to: records)
        var o = options("r", epochs: 1, limit: 100)
        o.output = records
        XCTAssertThrowsError(try quiet(o).run()) { XCTAssertTrue("\($0)".contains("is an SQLite database"), "\($0)") }
        XCTAssertEqual(try Data(contentsOf: records), database)

        o.output = scratch.appendingPathComponent("w.safetensors")
        let notes = scratch.appendingPathComponent("w-history.csv")
        try Data("my notes\n".utf8).write(to: notes)
        XCTAssertThrowsError(try quiet(o).run()) { XCTAssertTrue("\($0)".contains("w-history.csv exists and is not a CSV"), "\($0)") }
        XCTAssertEqual(try Data(contentsOf: notes), Data("my notes\n".utf8))
        XCTAssertFalse(FileManager.default.fileExists(atPath: o.output.path))
    }

    /// `--learning-rate 1e30` used to crash in Evaluation ("Unexpectedly found nil"): now the run stops with
    /// one line at the first batch whose loss is not a number, and writes no weights.
    func testADivergingRunStopsWithOneLineAndWritesNothing() throws {
        var o = options("diverge", epochs: 1, limit: 200)
        o.peakLearningRate = 1e30
        XCTAssertThrowsError(try quiet(o).run()) { error in
            guard let divergence = error as? TrainingDivergence else { return XCTFail("\(error)") }
            XCTAssertEqual(divergence.epoch, 1)
            XCTAssertFalse(divergence.loss.isFinite)
            XCTAssertTrue("\(error)".hasPrefix("training diverged in epoch 1, batch \(divergence.batch): the loss is "), "\(error)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: o.output.path))
    }

    /// `--learning-rate nan` used to be reported as a problem of `--weight-decay`.
    func testANaNLearningRateIsNamedAsItself() {
        var o = options("nan")
        for rate: Float in [.nan, 0, -1, .infinity] {
            o.peakLearningRate = rate
            XCTAssertThrowsError(try o.check()) { error in
                XCTAssertEqual(error as? TrainingOptionsError, TrainingOptionsError(option: "peakLearningRate", requirement: "a number above 0"))
            }
        }
    }

    /// Logits that are not finite count as wrong instead of crashing the evaluation.
    func testEvaluationOfNonFiniteLogitsDoesNotCrash() {
        var logits = [Float](repeating: 0, count: 30)
        logits[0] = .nan
        logits[10 + 3] = .infinity
        logits[20 + 7] = 5
        let result = Evaluation(logits: logits, labels: [0, 3, 7])
        XCTAssertEqual(result.count, 3)
        XCTAssertEqual(result.correct, 1)
        XCTAssertTrue(result.loss.isNaN)
        XCTAssertEqual(result.confusion.flatMap { $0 }.reduce(0, +), 3)
    }

    func testLossFallsAndAccuracyRises() throws {
        let o = options("learn", epochs: 3, limit: 500)
        // Accuracy of the untrained network on the fixture's test images, for comparison.
        let test = try MNIST.load(directory: FixtureData.tinyMNIST, split: .test)
        let untrained = TrainingNetwork(parameters: .heInitialized(seed: o.seed), threads: 1, maxBatch: 50)
        let before = test.images.map { Float($0) / 255 }.withUnsafeBufferPointer {
            Evaluation(logits: untrained.logits(images: $0.baseAddress!, count: test.count), labels: test.labels.map(Int.init))
        }
        let report = try quiet(o).run()
        let rows = report.history.rows
        XCTAssertEqual(rows.count, 3)
        XCTAssertLessThan(rows[2].trainLoss, rows[0].trainLoss * 0.7, "training loss should fall")
        XCTAssertGreaterThan(rows[2].validationAccuracy, rows[0].validationAccuracy - 0.02)
        let after = try XCTUnwrap(report.test)
        XCTAssertLessThan(before.accuracy, 0.3)
        XCTAssertGreaterThan(after.accuracy, 0.75, "500 images, 3 epochs should read most test digits")
        XCTAssertLessThan(after.loss, before.loss)

        // Weights load in the engine with PyTorch names and give the same accuracy in inference.
        let network = try DigitNetwork(contentsOf: o.output)
        var correct = 0
        for i in 0..<test.count where argmax(network.logits(for: test.floatImage(i))) == Int(test.labels[i]) { correct += 1 }
        XCTAssertEqual(Double(correct) / Double(test.count), after.accuracy, accuracy: 0.011)

        // Metadata and the files beside the weights.
        let file = try Safetensors.read(contentsOf: o.output)
        XCTAssertEqual(file.metadata["architecture"], "astro-cnn-v1")
        XCTAssertEqual(file.metadata["epochs"], "3")
        XCTAssertEqual(file.metadata["seed"], "3")
        XCTAssertEqual(file.metadata["test_accuracy"], String(format: "%.4f", after.accuracy))
        for url in [o.historyURL, o.curvesURL, o.confusionURL, o.digitsURL] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: url.path), url.lastPathComponent)
        }
        let csv = try String(contentsOf: o.historyURL, encoding: .utf8)
        XCTAssertEqual(csv.split(separator: "\n").count, 4)
        XCTAssertTrue(try String(contentsOf: o.curvesURL, encoding: .utf8).hasPrefix("<svg"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: o.checkpointURL.path), "checkpoint removed after a finished run")
    }

    func testSameSeedGivesIdenticalWeightsAndResumeMatchesUninterruptedRun() throws {
        let first = try quiet(options("a", limit: 200)).run()
        let second = try quiet(options("b", limit: 200)).run()
        XCTAssertEqual(first.parameters, second.parameters, "same seed and threads must give bit-identical weights")

        // Interrupt during the first epoch, then resume: the result equals the uninterrupted run.
        let flag = InterruptFlag()
        var interruptedOptions = options("c", limit: 200)
        let trainer = Trainer(options: interruptedOptions, interrupt: flag, log: { _ in }, progress: { _ in })
        flag.raise()   // stops after the first batch
        let stopped = try trainer.run()
        XCTAssertTrue(stopped.interrupted)
        XCTAssertFalse(FileManager.default.fileExists(atPath: interruptedOptions.output.path), "no weights from an interrupted run")
        XCTAssertTrue(FileManager.default.fileExists(atPath: interruptedOptions.checkpointURL.path))
        interruptedOptions.resume = interruptedOptions.checkpointURL
        let resumed = try quiet(interruptedOptions).run()
        XCTAssertFalse(resumed.interrupted)
        XCTAssertEqual(resumed.parameters, first.parameters, "resumed run must equal the uninterrupted one")
        XCTAssertEqual(resumed.history.rows.count, 2)
        XCTAssertEqual(resumed.history.rows.map(\.trainLoss), first.history.rows.map(\.trainLoss))

        // With a weight average, the written weights are the average, and resuming still matches exactly.
        var averaged = options("f", limit: 200)
        averaged.weightAverageDecay = 0.9
        let plain = try quiet(averaged).run()
        XCTAssertNotEqual(plain.parameters.values, first.parameters.values, "the averaged weights differ from the last step's")
        let averagedFlag = InterruptFlag()
        var averagedInterrupted = options("g", limit: 200)
        averagedInterrupted.weightAverageDecay = 0.9
        averagedFlag.raise()
        XCTAssertTrue(try Trainer(options: averagedInterrupted, interrupt: averagedFlag, log: { _ in }, progress: { _ in }).run().interrupted)
        averagedInterrupted.resume = averagedInterrupted.checkpointURL
        XCTAssertEqual(try quiet(averagedInterrupted).run().parameters, plain.parameters)

        // Weight decay: the same run with decay ends with smaller conv and dense weights.
        var decayed = options("h", limit: 200)
        decayed.weightDecay = 20
        let shrunk = try quiet(decayed).run()
        func weightNorm(_ p: NetworkParameters) -> Float {
            WeightDecay.decayedRanges.reduce(0) { sum, range in sum + range.reduce(0) { $0 + p.values[$1] * p.values[$1] } }
        }
        XCTAssertLessThan(weightNorm(shrunk.parameters), weightNorm(first.parameters) * 0.99)

        // A different seed gives different weights.
        var other = options("d", limit: 200)
        other.seed = 4
        XCTAssertNotEqual(try quiet(other).run().parameters, first.parameters)
    }

    func testResumeWithOtherOptionsIsRefused() throws {
        let flag = InterruptFlag()
        flag.raise()
        var o = options("e", limit: 200)
        _ = try Trainer(options: o, interrupt: flag, log: { _ in }, progress: { _ in }).run()
        o.resume = o.checkpointURL
        o.seed = 99
        XCTAssertThrowsError(try quiet(o).run()) { error in
            XCTAssertTrue("\(error)".contains("other options"), "\(error)")
        }
    }

    func testBadInputsGiveOneLineAndLeaveNothingBehind() throws {
        // Unwritable output: a folder that does not exist.
        var o = options("x")
        o.output = scratch.appendingPathComponent("missing-folder/w.safetensors")
        XCTAssertThrowsError(try quiet(o).run()) { error in
            XCTAssertTrue("\(error)".contains("does not exist"), "\(error)")
            XCTAssertFalse("\(error)".contains("\n"))
        }
        // Missing data folder.
        o = options("y")
        o.dataDirectory = scratch.appendingPathComponent("nothing-here")
        XCTAssertThrowsError(try quiet(o).run()) { error in
            XCTAssertTrue("\(error)".contains("train-images-idx3-ubyte"), "\(error)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: o.output.path))
        // Image and label counts that differ.
        let data = scratch.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        for split in ["train", "t10k"] {
            try FixtureData.write(IDXFile(dimensions: [3, 28, 28], bytes: [UInt8](repeating: 0, count: 3 * 784), path: "").serialized(),
                                  to: data.appendingPathComponent("\(split)-images-idx3-ubyte"))
            try FixtureData.write(IDXFile(dimensions: [2], bytes: [1, 2], path: "").serialized(),
                                  to: data.appendingPathComponent("\(split)-labels-idx1-ubyte"))
        }
        o.dataDirectory = data
        XCTAssertThrowsError(try quiet(o).run()) { error in
            XCTAssertTrue("\(error)".contains("2 labels but"), "\(error)")
        }
        // Options out of range.
        o = options("z")
        o.batch = 1
        XCTAssertThrowsError(try quiet(o).run()) { error in XCTAssertEqual("\(error)", "batch must be at least 2 (batch-norm needs a batch)") }
        o = options("z")
        o.weightDecay = -1
        XCTAssertThrowsError(try quiet(o).run()) { error in XCTAssertTrue("\(error)".hasPrefix("weightDecay must be"), "\(error)") }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted(), ["data"])
    }

    func testWriterListParsing() throws {
        XCTAssertEqual(try WriterList.parse("23-25,30"), [23, 24, 25, 30])
        XCTAssertEqual(try WriterList.parse(""), [])
        XCTAssertThrowsError(try WriterList.parse("5-x")) { XCTAssertEqual("\($0)", "'5-x' is not a writer number or range like 23-30") }
        XCTAssertThrowsError(try WriterList.parse("9-3")) { XCTAssertEqual($0 as? WriterListError, WriterListError(part: "9-3")) }
    }

    func testOptionsAreCheckedBeforeAnyDataIsRead() throws {
        var options = TrainingOptions(dataDirectory: URL(fileURLWithPath: "/nonexistent"), output: URL(fileURLWithPath: "/nonexistent/w"))
        XCTAssertNoThrow(try options.check())
        options.weightAverageDecay = 1
        XCTAssertThrowsError(try options.check()) {
            XCTAssertEqual($0 as? TrainingOptionsError, TrainingOptionsError(option: "weightAverageDecay", requirement: "in [0, 1)"))
        }
        options.weightAverageDecay = 0
        options.epochs = 0
        XCTAssertThrowsError(try quiet(options).run()) { XCTAssertEqual("\($0)", "epochs must be at least 1") }
    }

    private func argmax(_ values: [Float]) -> Int {
        values.indices.max { values[$0] < values[$1] }!
    }
}
