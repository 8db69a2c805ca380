import Ink

/// Which writers train the network, which choose its settings, and which test it, so that every figure
/// is measured on hands the network and its maker have never seen.
///
/// Writers are split, never samples: a UNIPEN writer is one data file. Whole labs are the test (`ced` and
/// `tos`: 150 writers whose pens, forms and instructions no training writer shared), as are pendigits writers
/// 26-30. Validation, where every choice is made (threshold, epochs, ensemble size, settings), is about 15 %
/// of every other lab's writers, picked by a hash of the file name so the same writer is validation in the
/// digit and in the letter sets, plus pendigits writers 21-25. Everything else trains.
///
/// ```swift
/// let split = WriterSplit.standard
/// split.role(ofUnipen: Unipen.Writer(key: "ced/napl4256_s_0f"))   // .test
/// split.role(ofPendigits: 22)                                      // .validation
/// ```
public struct WriterSplit: Sendable, Equatable {
    public enum Role: String, Sendable, CaseIterable {
        case training, validation, test
    }

    public var testLabs: Set<String>
    /// Share of each non-test lab's writers (files) used for validation, in percent.
    public var validationPercent: Int
    public var pendigitsValidation: ClosedRange<Int>
    public var pendigitsTest: ClosedRange<Int>

    public init(testLabs: Set<String>, validationPercent: Int, pendigitsValidation: ClosedRange<Int>, pendigitsTest: ClosedRange<Int>) {
        self.testLabs = testLabs
        self.validationPercent = validationPercent
        self.pendigitsValidation = pendigitsValidation
        self.pendigitsTest = pendigitsTest
    }

    public static let standard = WriterSplit(testLabs: ["ced", "tos"], validationPercent: 15,
                                             pendigitsValidation: 21...25, pendigitsTest: 26...30)

    public func role(ofUnipen writer: Unipen.Writer) -> Role {
        if testLabs.contains(writer.lab) { return .test }
        return Int(Self.fnv1a(writer.writerName) % 100) < validationPercent ? .validation : .training
    }

    public func role(ofPendigits writer: Int) -> Role {
        if pendigitsTest.contains(writer) { return .test }
        if pendigitsValidation.contains(writer) { return .validation }
        return .training
    }

    /// Pendigits writers kept out of training (validation and test).
    public var pendigitsHeldOut: [Int] { Array(pendigitsValidation) + Array(pendigitsTest) }

    /// One line for the weights' metadata and the docs.
    public var summary: String {
        "test: UNIPEN labs \(testLabs.sorted().joined(separator: ", ")) and pendigits writers \(pendigitsTest.lowerBound)-\(pendigitsTest.upperBound); "
            + "validation: \(validationPercent) % of every other UNIPEN lab's writers (FNV-1a of the file name) and pendigits writers "
            + "\(pendigitsValidation.lowerBound)-\(pendigitsValidation.upperBound); training: the rest"
    }

    /// 64-bit FNV-1a: a hash that is the same on every machine and toolchain (Swift's `Hasher` is seeded per run).
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }
}

extension Unipen.Writer {
    /// The writer's file name without folders (`app2234`): the same in the digit and letter sets.
    var writerName: String { "\(lab)/" + String(key.split(separator: "/").last ?? "") }
}
