import Quiz

/// libFuzzer target: any bytes as a question-set file. Parsing must end in a set or a `QuestionSetError`
/// (never a crash, a hang or a trap); a set that parses must make its sessions and its `quiz show` text.
@_cdecl("LLVMFuzzerTestOneInput")
public func questionSetFuzzer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let set = try? QuestionSet.parse(bytes, file: "fuzz.toml") else { return 0 }
    for seed: UInt64 in [0, 1, 0xFFFF_FFFF_FFFF_FFFF] {
        let session = set.session(seed: seed)
        precondition(session.count == set.sessionLength, "a session of \(session.count), the set says \(set.sessionLength)")
    }
    _ = QuizReport.show(set, seed: 7)
    return 0
}
