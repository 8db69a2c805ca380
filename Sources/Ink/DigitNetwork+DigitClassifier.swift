import CNN

/// The engine's network reads digits for the recognizer: its own
/// `probabilities(forBatch:count:threads:)` is the protocol's batch path.
extension DigitNetwork: DigitClassifier {}
