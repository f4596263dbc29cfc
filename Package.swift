// swift-tools-version: 6.0
// crosscheck: cross-checks what different news outlets claim about the same event.
// Toolchain only: Foundation, Dispatch and Swift Testing. No package dependencies.
import PackageDescription

/// No unsafe compiler flags: SwiftPM refuses a package that has them as a versioned dependency.
/// The test suite keeps its time by scaling its heaviest tests down in debug builds
/// (`#if DEBUG` in the tests); release builds and the bench run them in full.
let strict: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "crosscheck",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "CrossCheck", targets: ["CrossCheck"]),
        .executable(name: "crosscheck", targets: ["crosscheck"]),
        .executable(name: "crosscheck-bench", targets: ["crosscheck-bench"]),
        .executable(name: "crosscheck-train", targets: ["crosscheck-train"]),
    ],
    targets: [
        // The shared vocabulary: articles, spans, claims, findings, reports.
        .target(name: "ClaimModel", swiftSettings: strict),
        // Bytes to articles, articles to claims. Pure: no file system access.
        // Word lists live as data in Lexicon/Data (one list, one file), compiled into
        // Lexicon/Lexicon+Generated.swift by `swift run crosscheck-lexicon`.
        .target(name: "ClaimExtractor", dependencies: ["ClaimModel", "Grammar"], exclude: ["Lexicon/Data"], swiftSettings: strict),
        // Claims of a set to findings. Never calls the extractor.
        .target(name: "Comparator", dependencies: ["ClaimModel"], swiftSettings: strict),
        // Reports to bytes: JSON, Markdown, HTML, SARIF, JUnit, terminal.
        .target(name: "ReportWriter", dependencies: ["ClaimModel"], swiftSettings: strict),
        // Tokens, sentences, tags, lemmas and dependency trees (UD English EWT model). Standalone.
        .target(name: "Grammar", resources: [.copy("Resources/grammar-en-ewt.xcgram")], swiftSettings: strict),
        // The library facade: corpus on disk, configuration, pipeline, baselines, cache.
        .target(
            name: "CrossCheck",
            dependencies: ["ClaimModel", "ClaimExtractor", "Comparator", "ReportWriter"],
            swiftSettings: strict),
        // The fact-edit benchmark: one fact edited in one article, is it noticed? Measurement only.
        .target(name: "FactEdit", dependencies: ["ClaimModel", "CrossCheck"], swiftSettings: strict),
        // The command line as a library: run(arguments:) -> exit status, testable in-process.
        .target(name: "CrossCheckCLI", dependencies: ["CrossCheck", "Grammar"], swiftSettings: strict),
        .executableTarget(name: "crosscheck", dependencies: ["CrossCheckCLI"], swiftSettings: strict),
        .executableTarget(name: "crosscheck-lexicon", swiftSettings: strict),
        .executableTarget(name: "crosscheck-train", dependencies: ["Grammar"], swiftSettings: strict),
        .executableTarget(name: "crosscheck-bench", dependencies: ["CrossCheck", "ClaimExtractor", "ClaimModel", "FactEdit"], swiftSettings: strict),
        .testTarget(
            name: "CrossCheckTests",
            dependencies: ["ClaimModel", "ClaimExtractor", "Comparator", "ReportWriter", "CrossCheck", "CrossCheckCLI", "FactEdit", "Grammar"],
            exclude: ["Snapshots"],
            swiftSettings: strict),
    ]
)
