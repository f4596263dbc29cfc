import ClaimModel
import Foundation

/// The claims of each article, kept on disk so that re-checking a large corpus re-extracts
/// only the articles that changed.
///
/// An entry holds one article's analysis (entities, claims, diagnostics), without the
/// article: the article is always read from disk and re-attached. The key hashes the
/// article's SHA-256 (of the file's bytes, or of a JSONL record's line), its id, the claim
/// limit, the tool version and the identity of the running executable (`BuildIdentity`), so
/// a rebuilt crosscheck never trusts entries another build wrote. Entries are written atomically; an entry that is
/// unreadable, corrupt, edited (its payload no longer matches the hash in its header, taken
/// with the build) or for another article is ignored and the article extracted again.
/// Deleting the folder is always safe.
public struct AnalysisCache: Sendable {
    public static let folderName = ".crosscheck-cache"
    /// Bumped when the entry format changes (2: a header line with the payload's hash).
    static let format = 2

    public let folder: String
    /// What the key adds to the article: tool version and build.
    let build: String

    public init(folder: String, build: String = AnalysisCache.currentBuild()) {
        self.folder = folder
        self.build = build
    }

    /// The tool version and the identity of the running executable, computed once per process:
    /// a rebuilt crosscheck whose code changed never reads another build's entries, while the
    /// same build (an identical rebuild, or the binary on another machine) can.
    public static func currentBuild() -> String { buildIdentity }

    static let buildIdentity: String = {
        [CrossCheckVersion.version, Bundle.main.executablePath.map(BuildIdentity.of) ?? BuildIdentity.unknown].joined(separator: "/")
    }()

    /// The first line of an entry file: what it is for, and the hash of the payload (the
    /// rest of the file) with the build, so an entry edited or damaged on disk is not trusted.
    struct Header: Codable {
        var format: Int
        var build: String
        var article: String
        var sha256: String
        var path: String
        var payload: String
    }

    struct Payload: Codable {
        var entities: [LocalEntity]
        var claims: [Claim]
        var diagnostics: [Diagnostic]
    }

    /// The payload's integrity hash: its bytes and the build that wrote them.
    func digest(_ payload: [UInt8]) -> String {
        SHA256.hex(Array(build.utf8) + [0x1F] + payload)
    }

    func key(_ article: Article, maxClaims: Int, options: String = "") -> String {
        SHA256.hex([String(AnalysisCache.format), build, article.sha256, article.id, String(maxClaims), options].joined(separator: "\u{1F}"))
    }

    func path(_ key: String) -> String {
        (folder as NSString).appendingPathComponent(String(key.prefix(2)) + "/" + key + ".json")
    }

    /// The cached analysis of an article, or nil when there is none or it cannot be trusted.
    public func load(_ article: Article, maxClaims: Int, options: String = "") -> ArticleAnalysis? {
        let file = path(key(article, maxClaims: maxClaims, options: options))
        guard let data = FileManager.default.contents(atPath: file), let newline = data.firstIndex(of: 0x0A),
              let header = try? JSONDecoder().decode(Header.self, from: data[..<newline]),
              header.format == AnalysisCache.format, header.build == build,
              header.article == article.id, header.sha256 == article.sha256
        else { return nil }
        let payloadBytes = [UInt8](data[(newline + 1)...])
        guard digest(payloadBytes) == header.payload,
              let payload = try? JSONDecoder().decode(Payload.self, from: Data(payloadBytes))
        else { return nil }
        let entry = (path: header.path, entities: payload.entities, claims: payload.claims, diagnostics: payload.diagnostics)
        // Every span must lie inside this article's body, and claims must be this article's.
        let count = article.scalars.count
        func valid(_ span: SourceSpan) -> Bool { span.start >= 0 && span.start <= span.end && span.end <= count && span.line >= 1 }
        guard entry.claims.allSatisfy({ $0.article == article.id && valid($0.evidence.span) }),
              entry.entities.allSatisfy({ $0.mentions.allSatisfy { $0.span.article == article.id && valid($0.span) } })
        else { return nil }
        // Evidence is encoded without its article id (as in the report); put it back.
        let claims = entry.claims.map { claim -> Claim in
            var copy = claim
            copy.evidence.span.article = claim.article
            return copy
        }
        // Diagnostics name the path the article was read from then; name today's.
        let diagnostics = entry.diagnostics.map { diagnostic -> Diagnostic in
            var copy = diagnostic
            if copy.path == entry.path { copy.path = article.path }
            return copy
        }
        return ArticleAnalysis(article: article, entities: entry.entities, claims: claims, diagnostics: diagnostics)
    }

    /// Stores an analysis. Throws `CrossCheckError.write` when the entry cannot be written.
    public func store(_ analysis: ArticleAnalysis, maxClaims: Int, options: String = "") throws {
        let article = analysis.article
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do {
            let payload = try encoder.encode(Payload(entities: analysis.entities, claims: analysis.claims, diagnostics: analysis.diagnostics))
            let header = Header(format: AnalysisCache.format, build: build, article: article.id, sha256: article.sha256, path: article.path,
                                payload: digest([UInt8](payload)))
            data = try encoder.encode(header) + Data([0x0A]) + payload
        } catch {
            throw CrossCheckError.write(path: folder, reason: "cannot encode the cache entry of \(article.path)")
        }
        try AtomicFile.write(data, to: path(key(article, maxClaims: maxClaims, options: options)))
    }
}
