import ClaimModel
import Foundation

/// The result of comparing a whole set, kept on disk so that a warm `check` compares only
/// the sets that changed (the per-article `AnalysisCache` saves extraction, not comparison).
///
/// An entry is keyed by everything the result depends on: the entry format, the build
/// (`AnalysisCache.currentBuild()`), the configuration files that apply and their bytes,
/// `--follow-links`, the set folder as given, the names in the folder (skipped files make
/// diagnostics) and the SHA-256 of every article file. Finding the key needs every file
/// read and hashed, so a second, cheaper key points at it: the files' metadata (device,
/// inode, size, modification and change times, in nanoseconds). A run that finds the
/// metadata key reads no article at all; one that does not (a fresh git checkout changes
/// every time) hashes the files and looks the content key up. A metadata key is written only
/// when no file was modified in the last two seconds, so a file edited within the clock's
/// resolution (a coarse file system) is never taken for the one hashed.
///
/// An entry holds what the gate reads, not the whole report: the articles (without their
/// bodies: no output of the gate prints a column), the discrepancies (conflicts and only-in
/// findings: the gate and its outputs read no other finding) and the diagnostics; claims,
/// entities, agreements and variants are left out. The payload is binary
/// (`SetResultCodec`): decoding findings as JSON was most of a warm run.
/// Sets with unreadable files are never stored. Entries carry a checksum of their payload
/// taken with the build (`digest`), and anything that does not check out is ignored (the set
/// is compared again). Deleting the folder is always safe.
public struct SetResultCache: Sendable {
    /// Bumped when the entry format or key changes (2: a binary payload, discrepancies only; 3: an FNV-1a checksum;
    /// 4: no article bodies).
    static let format = 4
    static let racySeconds: Double = 2

    /// The cache folder (the same as the claims cache); entries live in `sets/`.
    public let folder: String
    let build: String

    public init(folder: String, build: String = AnalysisCache.currentBuild()) {
        self.folder = folder
        self.build = build
    }

    /// What a lookup found, and what a store after a miss needs.
    public struct Lookup: Sendable {
        /// The cached result, when there is one to trust.
        public var result: CrossChecker.SetResult?
        var statKey: String
        var contentKey: String?
        var racy: Bool
    }

    struct Header: Codable {
        var format: Int
        var build: String
        var key: String
        var payload: String
    }

    // MARK: keys

    /// The parts of the key that do not depend on the files' contents.
    func common(set: SetFolder) -> [String] {
        [String(SetResultCache.format), build, set.folder, set.name, set.followLinks ? "follow" : "no-follow"]
            + set.configuration.map { "\($0.path)=\($0.sha256)" } + set.listing
    }

    func hash(_ parts: [String]) -> String { SHA256.hex(parts.joined(separator: "\u{1F}")) }

    /// The metadata key, and whether a file changed too recently to trust metadata: from the
    /// metadata taken when the set was listed, or (`fresh`) taken again now.
    func statKey(_ set: SetFolder, fresh: Bool = false, now: Date = Date()) -> (key: String?, racy: Bool) {
        var parts = common(set: set)
        var racy = false
        let threshold = now.timeIntervalSince1970 - SetResultCache.racySeconds
        for (file, listed) in zip(set.files, set.stamps) {
            guard let stamp = fresh ? FileStamp.of(file) : listed, let target = stamp.target else { return (nil, true) }
            for entry in [stamp.link, target] {
                parts.append("\(file):\(entry.device):\(entry.inode):\(entry.mode):\(entry.size):\(entry.modified.seconds).\(entry.modified.nanoseconds):\(entry.changed.seconds).\(entry.changed.nanoseconds)")
                if Double(entry.modified.seconds) + Double(entry.modified.nanoseconds) / 1e9 >= threshold { racy = true }
            }
        }
        return (hash(parts), racy)
    }

    /// The content key: every file read and hashed (nil when one cannot be read, or is larger
    /// than the limit: such a set is compared, never cached).
    func contentKey(_ set: SetFolder) -> String? {
        var parts = common(set: set)
        for file in set.files {
            var link = stat()
            guard lstat(file, &link) == 0 else { return nil }
            let isLink = link.st_mode & S_IFMT == S_IFLNK
            var info = stat()
            guard stat(file, &info) == 0, Int(info.st_size) <= set.maxBytes,
                  let data = FileManager.default.contents(atPath: file) else { return nil }
            parts.append(file + (isLink ? "->" + CorpusReader.resolved(file) : "") + "=" + SHA256.hex(data))
        }
        return hash(parts)
    }

    func path(_ key: String, _ ext: String) -> String {
        (folder as NSString).appendingPathComponent("sets/" + String(key.prefix(2)) + "/" + key + "." + ext)
    }

    // MARK: lookup and store

    /// Looks the set up: by metadata first, then (hashing every file) by content.
    public func lookup(_ set: SetFolder) -> Lookup {
        let (stat, racy) = statKey(set)
        guard let stat else { return Lookup(result: nil, statKey: "", contentKey: nil, racy: true) }
        if let data = FileManager.default.contents(atPath: path(stat, "stat")), data.count == 64 {
            let key = String(decoding: data, as: UTF8.self)
            if let result = load(key: key) { return Lookup(result: result, statKey: stat, contentKey: key, racy: racy) }
        }
        let content = contentKey(set)
        if let content, let result = load(key: content) {
            if !racy { try? AtomicFile.write(Data(content.utf8), to: path(stat, "stat")) }
            return Lookup(result: result, statKey: stat, contentKey: content, racy: racy)
        }
        return Lookup(result: nil, statKey: stat, contentKey: content, racy: racy)
    }

    /// Stores a freshly compared set, unless it had unreadable files or a file changed while
    /// it was read (its metadata key is no longer the one looked up).
    public func store(_ result: CrossChecker.SetResult, for set: SetFolder, after lookup: Lookup) throws {
        guard result.failures.isEmpty, let content = lookup.contentKey, !lookup.statKey.isEmpty,
              statKey(set, fresh: true).key == lookup.statKey else { return }
        let report = SetResultCache.gateView(result.report)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do {
            let payload = SetResultCodec.encode(report)
            let header = Header(format: SetResultCache.format, build: build, key: content, payload: digest(payload))
            data = try encoder.encode(header) + Data([0x0A]) + Data(payload)
        } catch {
            throw CrossCheckError.write(path: folder, reason: "cannot encode the cache entry of \(set.folder)")
        }
        try AtomicFile.write(data, to: path(content, "set"))
        if !lookup.racy { try AtomicFile.write(Data(content.utf8), to: path(lookup.statKey, "stat")) }
    }

    /// What the gate reads of a report: no claims or entities, only the discrepancies, and
    /// no article bodies. The gate's outputs (terminal lines, JSON verdict, SARIF, JUnit,
    /// annotations, step summary) name a file and line, never a column, and the bodies were
    /// most of an entry's bytes: reading, checking and decoding them, then counting columns
    /// from the start of each body for every finding, was about half of a warm run. `check`
    /// keeps every set's report to the end in this form, cached or not, so both give the
    /// same outputs.
    public static func gateView(_ full: Report) -> Report {
        var report = full
        report.claims = []
        report.entities = []
        // The story (frame table, timeline) is for reading reports, not for the gate's verdict.
        report.story = nil
        report.findings = full.findings.filter { $0.isDiscrepancy }
        report.articles = full.articles.map { article in
            var copy = article
            copy.body = nil
            return copy
        }
        return report
    }

    /// The payload's checksum, with the build: FNV-1a (64 bits), which finds damage and edits
    /// as well as a SHA-256 here (anyone who can edit an entry can recompute either) at a
    /// fraction of its cost, which was a sixth of a warm run.
    func digest(_ payload: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in Array(build.utf8) + [0x1F] {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        payload.withUnsafeBufferPointer { buffer in
            for byte in buffer { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        }
        return "fnv1a64:" + String(hash, radix: 16)
    }

    func load(key: String) -> CrossChecker.SetResult? {
        guard let data = FileManager.default.contents(atPath: path(key, "set")), let newline = data.firstIndex(of: 0x0A),
              let header = try? JSONDecoder().decode(Header.self, from: data[..<newline]),
              header.format == SetResultCache.format, header.build == build, header.key == key
        else { return nil }
        let payload = [UInt8](data[(newline + 1)...])
        guard digest(payload) == header.payload, let report = try? SetResultCodec.decode(payload) else { return nil }
        return CrossChecker.SetResult(report: report, failures: [], extracted: 0, cached: report.articles.count)
    }
}

/// A set folder as the result cache keys it.
public struct SetFolder: Sendable {
    public var folder: String
    public var name: String
    public var followLinks: Bool
    public var maxBytes: Int
    /// The article files, sorted, as `CorpusReader.articleFiles(in:)` lists them.
    public var files: [String]
    /// Each file's metadata as it was listed (nil when it could not be read).
    var stamps: [(link: FileStamp, target: FileStamp?)?]
    /// The folder's other names, as the diagnostics they make.
    public var listing: [String]
    /// The configuration files that apply, with the SHA-256 of their bytes.
    public var configuration: [(path: String, sha256: String)]

    /// Lists the folder; throws as `CorpusReader.articleFiles(in:)` does.
    public init(folder: String, name: String, configuration: Configuration, followLinks: Bool) throws {
        self.folder = folder
        self.name = name
        self.followLinks = followLinks
        maxBytes = min(configuration.maxArticleBytes, Configuration.limitCeiling)
        let (listed, diagnostics) = try CorpusReader.listing(in: folder)
        files = listed.map(\.path)
        stamps = listed.map(\.stamp)
        listing = diagnostics.map { "\($0.code) \($0.path) \($0.message)" }
        // The digests taken when the configuration was read, when it kept them.
        self.configuration = configuration.sourceDigests.count == configuration.sources.count
            ? Array(zip(configuration.sources, configuration.sourceDigests))
            : configuration.sources.map { path in (path, FileManager.default.contents(atPath: path).map { SHA256.hex($0) } ?? "unreadable") }
    }
}
