extension TrainingOptions {
    /// Checks the options that need no data; the trainer calls it first, a front end may call it earlier.
    ///
    /// ```swift
    /// options.epochs = 0
    /// try options.check()   // throws TrainingOptionsError: epochs must be at least 1
    /// ```
    public func check() throws {
        func bad(_ option: String, _ requirement: String) -> TrainingOptionsError {
            TrainingOptionsError(option: option, requirement: requirement)
        }
        guard epochs >= 1 else { throw bad("epochs", "at least 1") }
        guard batch >= 2 else { throw bad("batch", "at least 2 (batch-norm needs a batch)") }
        guard (1...64).contains(threads) else { throw bad("threads", "1...64") }
        guard validation >= 0 else { throw bad("validation", "at least 0") }
        // Before the weight decay, whose bound divides by it: a NaN rate must be named as itself.
        guard peakLearningRate.isFinite && peakLearningRate > 0 else { throw bad("peakLearningRate", "a number above 0") }
        guard dropout >= 0 && dropout < 1 else { throw bad("dropout", "in [0, 1)") }
        guard featureDropout >= 0 && featureDropout < 1 else { throw bad("featureDropout", "in [0, 1)") }
        guard labelSmoothing >= 0 && labelSmoothing < 1 else { throw bad("labelSmoothing", "in [0, 1)") }
        guard weightDecay >= 0 && weightDecay * peakLearningRate < 1 else {
            throw bad("weightDecay", "at least 0 and below 1 / learning rate")
        }
        guard weightAverageDecay >= 0 && weightAverageDecay < 1 else { throw bad("weightAverageDecay", "in [0, 1)") }
        guard penCopies >= 1 else { throw bad("penCopies", "at least 1") }
        guard unipenCopies >= 1 else { throw bad("unipenCopies", "at least 1") }
        guard nonDigits >= 0 else { throw bad("nonDigits", "at least 0") }
        guard outlierWeight >= 0 && outlierWeight <= 10 else { throw bad("outlierWeight", "in [0, 10]") }
    }
}
