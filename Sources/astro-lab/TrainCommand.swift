import ArgumentParser
import Foundation
import Training

/// `astro-lab train`: trains astro-cnn-v1 in Swift and writes the weights, history CSV and SVG plots.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the digit network on MNIST (plus pen data) and write weights, history CSV and SVG plots.",
        discussion: """
        The last --validation training images are used for validation only; t10k is evaluated once at the end.
        A checkpoint (<out>.checkpoint) is written after every epoch and on Ctrl-C; continue with --resume.
        Same seed and --threads give bit-identical weights.
        """
    )

    @Option(help: "Folder with the MNIST idx files (plain or .gz).") var data: String
    @Option(help: "Weights file to write (safetensors); plots and CSV go beside it.") var out: String
    @Option(help: "Number of epochs.") var epochs: Int = 15
    @Option(help: "Images per batch.") var batch: Int = 128
    @Option(help: "Random seed (initialisation, shuffling, augmentation, dropout).") var seed: UInt64 = 1
    @Option(help: "Worker threads (the batch is split across them).") var threads: Int = 2
    @Option(help: "Last N training images held out for validation.") var validation: Int = 5000
    @Option(help: "Continue from this checkpoint.") var resume: String?
    @Option(help: "Checkpoint file (default: <out>.checkpoint).") var checkpoint: String?
    @Option(help: "UNIPEN pen trajectories (pendigits-orig-tra.txt) to render through the ink pipeline as extra training images.")
    var pendigits: String?
    @Option(help: "Pen-data writers to keep out of training, e.g. 23-30 or 23,24,25.") var penHoldoutWriters: String = ""
    @Option(help: "Jittered renderings per pen sample.") var penCopies: Int = 3
    @Option(help: "UNIPEN folder (with data/ and include/): its training writers' digits become pen training images (split: see docs).")
    var unipen: String?
    @Option(help: "Jittered renderings per UNIPEN digit.") var unipenCopies: Int = 3
    @Option(help: "UNIPEN letters that resemble no digit, rendered as non-digits (0 = none; needs --unipen).") var nonDigits: Int = 0
    @Option(help: "Loss weight of the non-digit images (trained toward an even spread over the digits).") var outlierWeight: Float = 0.5
    @Option(help: "Peak learning rate of the one-cycle schedule.") var learningRate: Float = 2e-3
    @Option(help: "Dropout before fc2.") var dropout: Float = 0.2
    @Option(help: "Dropout on the pooled convolution features before fc1 (0 = off).") var featureDropout: Float = 0
    @Option(help: "Label smoothing of the training loss (0 = one-hot targets).") var labelSmoothing: Float = 0
    @Option(help: "Decoupled weight decay of conv and fc weights, as AdamW's weight_decay (0 = off).") var weightDecay: Float = 0
    @Option(help: "Write the exponential moving average of the weights with this decay (0 = the last step's weights).")
    var weightAverage: Float = 0
    @Flag(help: "Train on the images as they are (no augmentation).") var noAugmentation = false
    @Flag(help: "Time each phase of the training steps and print where the time went.") var profile = false
    @Option(help: "Use only the first N MNIST training images (quick checks).") var limit: Int?

    func run() throws {
        var options = TrainingOptions(dataDirectory: URL(fileURLWithPath: data), output: URL(fileURLWithPath: out))
        options.epochs = epochs
        options.batch = batch
        options.seed = seed
        options.threads = threads
        options.validation = validation
        options.resume = resume.map { URL(fileURLWithPath: $0) }
        options.checkpoint = checkpoint.map { URL(fileURLWithPath: $0) }
        options.penDigits = pendigits.map { URL(fileURLWithPath: $0) }
        do {
            options.penHoldoutWriters = try WriterList.parse(penHoldoutWriters)
        } catch let error as WriterListError {
            throw ValidationError("--pen-holdout-writers: \(error)")
        }
        options.penCopies = penCopies
        options.unipen = unipen.map { URL(fileURLWithPath: $0) }
        options.unipenCopies = unipenCopies
        options.nonDigits = nonDigits
        options.outlierWeight = outlierWeight
        options.peakLearningRate = learningRate
        options.dropout = dropout
        options.featureDropout = featureDropout
        options.labelSmoothing = labelSmoothing
        options.weightDecay = weightDecay
        options.weightAverageDecay = weightAverage
        if noAugmentation { options.augmentation = .none }
        options.trainLimit = limit
        options.progressBar = isatty(STDOUT_FILENO) == 1
        options.profile = profile
        options.command = (["astro-lab"] + CommandLine.arguments.dropFirst()).joined(separator: " ")
        do {
            try options.check()
        } catch let error as TrainingOptionsError {
            throw ValidationError("\(Self.flag(for: error.option)) must be \(error.requirement)")
        }
        let trainer = Trainer(options: options, interrupt: InterruptFlag.install())
        let report = try trainer.run()
        if report.interrupted { throw ExitCode(130) }
    }

    /// The flag that sets a `TrainingOptions` property: the few whose names differ, else the property's
    /// name in kebab case (`penCopies` -> `--pen-copies`).
    static func flag(for option: String) -> String {
        let renamed = ["peakLearningRate": "learning-rate", "weightAverageDecay": "weight-average", "penDigits": "pendigits",
                       "trainLimit": "limit"]
        if let name = renamed[option] { return "--" + name }
        return "--" + option.map { $0.isUppercase ? "-" + $0.lowercased() : String($0) }.joined()
    }
}
