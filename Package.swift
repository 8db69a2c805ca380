// swift-tools-version:6.0
// Astro Numbers: a terminal app where children answer sums by drawing digits with the mouse.
// Two executables: `astro-numbers` is the classroom product, `astro-lab` the lab (training, evaluation,
// benchmarks). Dependencies flow one way (down); the product never links Training or Lab:
//
//   astro-numbers ─┬─> AstroNumbers (screens, resources) ─┬─> Terminal ─> CNCurses, Messages
//                  │                                       ├─> Quiz ─> SafeOutput, Messages
//                  │                                       ├─> Scoring ─> GRDB, SafeOutput, Messages
//                  │                                       └─> Ink ─> CNN ─┬─> SafeOutput, Messages
//                  │                                                        └─> GemmKernels (3 forms)
//                  └─> ArgumentParser, SafeOutput (terminal-safe text, files that can't destroy)
//
//   astro-lab ─> Lab (benchmarks, evaluation) ─┬─> AstroNumbers (and all it uses)
//                                              └─> Training (trainer, data-set readers) ─┬─> Ink ─> CNN
//                                                                                        └─> CZlib
//
//   Basics (seeded generator, timing, JSON strings) sits under CNN, Quiz, Ink and everything above them;
//   Messages (the catalogues of visible strings, per language) under SafeOutput, Terminal and everything above.
import PackageDescription

/// Numerical kernels are optimised even in debug builds, so unit tests that train briefly stay fast.
let optimisedKernels: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

/// The matrix-multiply kernels are one source (Sources/GemmKernels) compiled in three forms; the AVX2 and
/// AVX-512 folders hold symbolic links to its files. CNN picks the widest form the CPU runs when the
/// program starts (KernelForm), so one build is fast everywhere and still runs on any x86-64 CPU.
/// `-target-cpu` applies to these two modules only; nothing else in the program uses their instructions.
#if arch(x86_64)
let avx2Kernels: [SwiftSetting] = optimisedKernels + [.unsafeFlags(["-target-cpu", "haswell"]), .define("ASTRO_KERNELS_AVX2")]
let avx512Kernels: [SwiftSetting] = optimisedKernels + [.unsafeFlags(["-target-cpu", "skylake-avx512"]), .define("ASTRO_KERNELS_AVX512")]
#else
// Elsewhere (arm64) the wide forms build as portable code and KernelForm never chooses them.
let avx2Kernels = optimisedKernels
let avx512Kernels = optimisedKernels
#endif

let package = Package(
    name: "AstroNumbers",
    products: [
        .executable(name: "astro-numbers", targets: ["astro-numbers"]),
        .executable(name: "astro-lab", targets: ["astro-lab"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // C libraries, reached through module maps.
        // ncursesw is found without pkg-config: Debian's ncursesw.pc adds -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600,
        // flags SwiftPM refuses (with a warning) for every build; the module map links ncursesw and tinfo
        // (Debian: libncursesw5-dev), and the shim defines what the wide-character API needs.
        .systemLibrary(name: "CNCurses"),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        // Libraries, one per part of the product, on small shared pieces.
        .target(name: "Basics"),       // the seeded generator, timing, JSON strings (no dependencies)
        .target(name: "Messages"),     // the message catalogues (Messages/*.toml): every visible string, per language (no dependencies)
        .target(name: "SafeOutput", dependencies: ["Messages"]),   // what the program prints and writes, made harmless
        .target(name: "Terminal", dependencies: ["CNCurses", "Messages"]),
        .target(name: "GemmKernels", swiftSettings: optimisedKernels),
        .target(name: "GemmKernelsAVX2", swiftSettings: avx2Kernels),
        .target(name: "GemmKernelsAVX512", swiftSettings: avx512Kernels),
        .target(name: "CNN", dependencies: ["Basics", "SafeOutput", "Messages", "GemmKernels", "GemmKernelsAVX2", "GemmKernelsAVX512"],
                swiftSettings: optimisedKernels),
        .target(name: "Training", dependencies: ["Basics", "SafeOutput", "CNN", "Ink", "CZlib"], swiftSettings: optimisedKernels),
        .target(name: "Ink", dependencies: ["Basics", "CNN"], swiftSettings: optimisedKernels),
        .target(name: "Quiz", dependencies: ["Basics", "SafeOutput", "Messages"]),   // its own TOML parser (TOMLParser)
        .target(name: "Scoring", dependencies: ["SafeOutput", "Messages", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "AstroNumbers", dependencies: ["Basics", "Messages", "Terminal", "Quiz", "Scoring", "Ink", "CNN", "SafeOutput"]),
        .executableTarget(name: "astro-numbers", dependencies: [
            "AstroNumbers", "CNN", "Ink", "Messages", "Quiz", "Scoring", "Terminal", "SafeOutput",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // The lab, beside the product: benchmarks and evaluation, and the executable that trains and measures.
        .target(name: "Lab", dependencies: ["Basics", "AstroNumbers", "Training", "Ink", "CNN", "Terminal", "Scoring"]),
        .executableTarget(name: "astro-lab", dependencies: [
            "Lab", "Basics", "AstroNumbers", "Messages", "Training", "CNN", "Ink", "Scoring", "SafeOutput",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Tests mirror the sources; EndToEndTests drive the built binary in tmux.
        // The repository's catalogues for tests that read English text, shared like InkFakes.
        .target(name: "EnglishCatalogue", dependencies: ["Messages"], path: "Tests/EnglishCatalogue"),
        .testTarget(name: "SafeOutputTests", dependencies: ["SafeOutput", "Messages", "EnglishCatalogue"]),
        .testTarget(name: "MessagesTests", dependencies: ["Messages"]),
        .testTarget(name: "BasicsTests", dependencies: ["Basics"]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal"]),
        .testTarget(name: "CNNTests", dependencies: ["CNN", "GemmKernels", "Messages", "EnglishCatalogue"], resources: [.copy("Fixtures")], swiftSettings: optimisedKernels),
        .testTarget(name: "TrainingTests", dependencies: ["Training", "CNN", "Ink", "Basics", "Messages", "EnglishCatalogue"], resources: [.copy("Fixtures")], swiftSettings: optimisedKernels),
        // Fake classifiers shared by the Ink and Lab tests.
        .target(name: "InkFakes", dependencies: ["Ink"], path: "Tests/InkFakes"),
        .testTarget(name: "InkTests", dependencies: ["Ink", "InkFakes", "CNN", "Basics"], resources: [.copy("Fixtures")]),
        .testTarget(name: "QuizTests", dependencies: ["Quiz", "Basics", "Messages", "EnglishCatalogue"]),
        .testTarget(name: "ScoringTests", dependencies: ["Scoring", "Messages", "EnglishCatalogue"]),
        .testTarget(name: "AstroNumbersTests", dependencies: ["AstroNumbers", "Messages", "EnglishCatalogue"]),
        .testTarget(name: "LabTests", dependencies: ["Lab", "InkFakes", "Training", "Ink", "CNN"]),
        // The end-to-end fixtures are read from the source tree: their paths are handed to the built binaries.
        .testTarget(name: "EndToEndTests", dependencies: ["astro-numbers", "astro-lab"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)

// libFuzzer targets (sources in Fuzz/), declared only when scripts/fuzz builds them:
// `ASTRO_FUZZ=1 swift build --sanitize fuzzer --product fuzz-…`. They have no `main`: libFuzzer's is linked.
if Context.environment["ASTRO_FUZZ"] == "1" {
    let fuzzer: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]
    package.targets += [
        .executableTarget(name: "fuzz-question-set", dependencies: ["Quiz"], path: "Fuzz/QuestionSetFuzzer", swiftSettings: fuzzer),
        .executableTarget(name: "fuzz-drawing-json", dependencies: ["Ink"], path: "Fuzz/DrawingJSONFuzzer", swiftSettings: fuzzer),
        .executableTarget(name: "fuzz-safetensors", dependencies: ["CNN"], path: "Fuzz/SafetensorsFuzzer", swiftSettings: fuzzer),
        .executableTarget(name: "fuzz-idx", dependencies: ["Training"], path: "Fuzz/IDXFuzzer", swiftSettings: fuzzer),
        .executableTarget(name: "fuzz-message-catalogue", dependencies: ["Messages"], path: "Fuzz/MessageCatalogueFuzzer", swiftSettings: fuzzer),
    ]
}
