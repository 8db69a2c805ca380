import Foundation

/// Everything that decides a training run; `astro-lab train` fills it from its flags.
///
/// ```swift
/// var options = TrainingOptions(dataDirectory: dataDir, output: URL(fileURLWithPath: "Weights/astro-cnn-v1.safetensors"))
/// options.epochs = 2
/// let report = try Trainer(options: options).run()
/// ```
public struct TrainingOptions: Sendable {
    public var dataDirectory: URL
    public var output: URL
    public var epochs = 15
    public var batch = 128
    public var seed: UInt64 = 1
    public var threads = 2
    /// The last `validation` MNIST training images are held out for per-epoch validation.
    public var validation = 5000
    /// Continue from this checkpoint (written by an earlier run with the same data options).
    public var resume: URL?
    /// Where checkpoints go; default: the output path + `.checkpoint`.
    public var checkpoint: URL?
    /// UNIPEN pen trajectories rendered through the ink pipeline as extra training images.
    public var penDigits: URL?
    /// Pen-data writers never trained on (so the ink figures can be measured on unseen writers).
    public var penHoldoutWriters: [Int] = []
    /// Jittered renderings per pen sample.
    public var penCopies = 3
    /// The UNIPEN folder (`data/`, `include/`): its training writers' digits are rendered like the pen data.
    public var unipen: URL?
    /// Jittered renderings per UNIPEN digit.
    public var unipenCopies = 3
    /// How many letters of UNIPEN training writers (`NonDigitLetters`) to render once each as non-digits
    /// (0 = none): outlier exposure, trained toward an even spread over the digits.
    public var nonDigits = 0
    /// Loss weight of the non-digit images.
    public var outlierWeight: Float = 0.5
    /// Which writers train, validate and test (UNIPEN by lab and file; see `WriterSplit`).
    public var split = WriterSplit.standard
    /// Canvas heights (rows) the pen data is replayed at.
    public var penRows: ClosedRange<Int> = 12...20
    public var peakLearningRate: Float = 2e-3
    public var dropout: Float = 0.2
    /// Dropout on the 3,200 pooled convolution features before fc1 (0 = off).
    public var featureDropout: Float = 0
    /// Label smoothing ε of the training loss (0 = one-hot targets).
    public var labelSmoothing: Float = 0
    /// Decoupled weight decay of the convolution and dense weights (AdamW's `weight_decay`; 0 = off).
    public var weightDecay: Float = 0
    public var augmentation: Augmentation = .standard
    /// Decay of the exponential moving average of the weights written at the end (0 = write the last step's weights).
    public var weightAverageDecay: Float = 0
    /// After training, re-estimate the batch-norm running statistics on this many clean training images (0 = off).
    public var recalibrationImages = 10240
    /// Use only the first N MNIST training images (quick checks and tests); nil = all.
    public var trainLimit: Int?
    /// Evaluate on at most this many test images (tests); nil = all.
    public var testLimit: Int?
    /// Progress bar (a terminal) or log lines.
    public var progressBar = false
    /// Time every phase of the training steps and log where the time went (`StepProfile`).
    public var profile = false
    /// The exact command line, recorded in the weights' metadata.
    public var command = ""

    public init(dataDirectory: URL, output: URL) {
        self.dataDirectory = dataDirectory
        self.output = output
    }

    public var checkpointURL: URL {
        checkpoint ?? output.deletingLastPathComponent().appendingPathComponent(output.lastPathComponent + ".checkpoint")
    }

    /// Stem for the files written beside the weights (`astro-cnn-v1` for `astro-cnn-v1.safetensors`).
    var outputStem: URL {
        output.pathExtension == "safetensors" ? output.deletingPathExtension() : output
    }

    public var historyURL: URL { sibling("-history.csv") }
    public var curvesURL: URL { sibling("-curves.svg") }
    public var confusionURL: URL { sibling("-confusion.svg") }
    public var digitsURL: URL { sibling("-digits.svg") }

    private func sibling(_ suffix: String) -> URL {
        outputStem.deletingLastPathComponent().appendingPathComponent(outputStem.lastPathComponent + suffix)
    }
}
