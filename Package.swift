// swift-tools-version: 6.0
// crosscheck: cross-checks what different news outlets claim about the same event.
// Toolchain only: Foundation, Dispatch and Swift Testing. No package dependencies.
import PackageDescription

let strict: [SwiftSetting] = [.swiftLanguageMode(.v6)]
/// The extraction and comparison libraries are pure computation: optimized even in debug
/// builds, so the test suite (100,000 fuzz inputs, the real-news runs) stays within CI's time.
let optimized: [SwiftSetting] = strict + [.unsafeFlags(["-O"], .when(configuration: .debug))]

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
        .target(name: "ClaimModel", swiftSettings: optimized),
        // Bytes to articles, articles to claims. Pure: no file system access.
        .target(name: "ClaimExtractor", dependencies: ["ClaimModel"], swiftSettings: optimized),
        // Claims of a set to findings. Never calls the extractor.
        .target(name: "Comparator", dependencies: ["ClaimModel"], swiftSettings: optimized),
        // Reports to bytes: JSON, Markdown, HTML, SARIF, JUnit, terminal.
        .target(name: "ReportWriter", dependencies: ["ClaimModel"], swiftSettings: strict),
        // Tokens, sentences, tags, lemmas and dependency trees (UD English EWT model). Standalone.
        .target(name: "Grammar", resources: [.copy("Resources/grammar-en-ewt.xcgram")], swiftSettings: optimized),
        // The library facade: corpus on disk, configuration, pipeline, baselines, cache.
        .target(
            name: "CrossCheck",
            dependencies: ["ClaimModel", "ClaimExtractor", "Comparator", "ReportWriter"],
            swiftSettings: strict),
        // The command line as a library: run(arguments:) -> exit status, testable in-process.
        .target(name: "CrossCheckCLI", dependencies: ["CrossCheck", "Grammar"], swiftSettings: strict),
        .executableTarget(name: "crosscheck", dependencies: ["CrossCheckCLI"], swiftSettings: strict),
        .executableTarget(name: "crosscheck-train", dependencies: ["Grammar"], swiftSettings: strict),
        .executableTarget(name: "crosscheck-bench", dependencies: ["CrossCheck", "ClaimExtractor", "ClaimModel"], swiftSettings: strict),
        .testTarget(
            name: "CrossCheckTests",
            dependencies: ["ClaimModel", "ClaimExtractor", "Comparator", "ReportWriter", "CrossCheck", "CrossCheckCLI", "Grammar"],
            exclude: ["Snapshots"],
            swiftSettings: strict),
    ]
)
