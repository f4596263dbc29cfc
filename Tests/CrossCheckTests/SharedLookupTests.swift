import ClaimModel
import CrossCheck
import Foundation
import Testing

/// What a run over many sets looks up once (the configuration above the sets, a set's files
/// and their metadata) gives what looking it up set by set gives.
struct SharedLookupTests {
    @Test func configurationDiscoveredOncePerRunIsEachSetsOwn() throws {
        let corpus = Fixtures.temporaryFolder("crosscheck-discovery")
        Fixtures.write(#"{"version": 1, "severity": {"quote": "off"}}"#, to: corpus + "/crosscheck.json")
        Fixtures.write(#"{"version": 1, "dateOrder": "dmy"}"#, to: corpus + "/b/crosscheck.json")
        for set in ["a", "b", "c"] {
            Fixtures.write("Mayor Ines Lund opened the ferry terminal on Friday.\n", to: corpus + "/\(set)/story.txt")
        }
        let discovery = ConfigurationDiscovery()
        for set in ["a", "b", "c", "b", "a"] {
            #expect(try discovery.configuration(forSet: corpus + "/" + set) == Configuration.discover(forSet: corpus + "/" + set))
        }
        let a = try discovery.configuration(forSet: corpus + "/a")
        let b = try discovery.configuration(forSet: corpus + "/b")
        #expect(a.dateOrder == nil && b.dateOrder == "dmy")
        #expect(a.disabled == ["quote"] && b.disabled == ["quote"])
        #expect(b.sources == [corpus + "/crosscheck.json", corpus + "/b/crosscheck.json"])
        #expect(b.sourceDigests == b.sources.map { SHA256.hex(FileManager.default.contents(atPath: $0)!) })
        // An explicit file wins over the discovered ones, for every set.
        Fixtures.write(#"{"version": 1, "dateOrder": "mdy"}"#, to: corpus + "/../explicit-\(UUID().uuidString).json")
        let explicit = try #require(try FileManager.default.contentsOfDirectory(atPath: corpus + "/..").first { $0.hasPrefix("explicit-") })
        let withExplicit = ConfigurationDiscovery(explicit: corpus + "/../" + explicit)
        #expect(try withExplicit.configuration(forSet: corpus + "/a").dateOrder == "mdy")
        #expect(try withExplicit.configuration(forSet: corpus + "/b").dateOrder == "mdy")
    }

    /// A folder is a set when it holds an article file: the quick look (the first article
    /// file found) agrees with the full listing.
    @Test func aFolderIsASetExactlyWhenItsListingHasAnArticle() throws {
        let corpus = Fixtures.temporaryFolder("crosscheck-sets")
        Fixtures.write("Harbour master Piet Okoro said four ships docked.\n", to: corpus + "/story/a.md")
        Fixtures.write("About this set.\n", to: corpus + "/readme-only/README.md")
        Fixtures.write("Draft.\n", to: corpus + "/hidden-only/.draft.md")
        Fixtures.write("%PDF\n", to: corpus + "/other-format/notes.pdf")
        Fixtures.write("{}\n", to: corpus + "/gold-only/a.gold.json")
        Fixtures.write("Inner.\n", to: corpus + "/folder-named-like-a-file/x.txt/inner.txt")
        try FileManager.default.createDirectory(atPath: corpus + "/link-to-folder", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: corpus + "/link-to-folder/y.md", withDestinationPath: corpus + "/story")
        Fixtures.write("Second story: ferries were halted on Monday.\n", to: corpus + "/story-and-folder/b.txt")
        try FileManager.default.createDirectory(atPath: corpus + "/story-and-folder/a.txt", withIntermediateDirectories: true)
        let sets = try CrossChecker.sets(in: corpus)
        #expect(sets == [corpus + "/story", corpus + "/story-and-folder"])
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus).sorted() {
            let listed = try CorpusReader.articleFiles(in: corpus + "/" + name).files
            #expect(sets.contains(corpus + "/" + name) == !listed.isEmpty, "\(name)")
        }
        #expect(try CorpusReader.articleFiles(in: corpus + "/story-and-folder").files == [corpus + "/story-and-folder/b.txt"])
    }
}
