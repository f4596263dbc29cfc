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
/// unreadable, corrupt or for another article is ignored and the article extracted again.
/// Deleting the folder is always safe.
public struct AnalysisCache: Sendable {
    public static let folderName = ".crosscheck-cache"
    /// Bumped when the entry format changes.
    static let format = 1

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

    struct Entry: Codable {
        var format: Int
        var build: String
        var article: String
        var sha256: String
        var path: String
        var entities: [LocalEntity]
        var claims: [Claim]
        var diagnostics: [Diagnostic]
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
        guard let data = FileManager.default.contents(atPath: file),
              let entry = try? JSONDecoder().decode(Entry.self, from: data),
              entry.format == AnalysisCache.format, entry.build == build,
              entry.article == article.id, entry.sha256 == article.sha256
        else { return nil }
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
        let entry = Entry(format: AnalysisCache.format, build: build, article: article.id, sha256: article.sha256, path: article.path,
                          entities: analysis.entities, claims: analysis.claims, diagnostics: analysis.diagnostics)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(entry)
        } catch {
            throw CrossCheckError.write(path: folder, reason: "cannot encode the cache entry of \(article.path)")
        }
        try AtomicFile.write(data, to: path(key(article, maxClaims: maxClaims, options: options)))
    }
}
