import Foundation

/// The grammar model on disk: magic `XCGRAM03`, then the tagger (with its ambiguity classes
/// since `03`), parser and lemmatizer as
/// arrays (see `BinaryWriter`). A metadata string records the training recipe and figures.
extension GrammarModel {
    static let magic: UInt64 = 0x3330_4D41_5247_4358  // "XCGRAM03" little-endian
    /// The same layout, for a parser trained to choose a move and its relation together.
    static let jointMagic: UInt64 = 0x3430_4D41_5247_4358  // "XCGRAM04"

    public func encoded() -> [UInt8] {
        var writer = BinaryWriter()
        writer.integer(parser.joint ? Self.jointMagic : Self.magic)
        writer.strings([metadata])
        writer.strings(tagger.tags.upos)
        writer.strings(tagger.tags.xpos)
        Self.write(tagger.weights, &writer)
        Self.write(tagger.dictionary, &writer)
        Self.write(tagger.classes, &writer)
        writer.strings(parser.labels)
        Self.write(parser.weights, &writer)
        writer.array(lemmatizer.rules.map { UInt8($0.lowercase ? 1 : 0) })
        writer.array(lemmatizer.rules.map { UInt16(clamping: $0.strip) })
        var starts: [UInt32] = [0]
        var blob: [UInt8] = []
        for rule in lemmatizer.rules {
            blob += rule.append
            starts.append(UInt32(blob.count))
        }
        writer.array(starts)
        writer.array(blob)
        Self.write(lemmatizer.table, &writer)
        return writer.bytes
    }

    public init(data: Data) throws {
        var reader = BinaryReader(data)
        try self.init(reader: &reader)
    }

    /// Reads a model file straight into the model's arrays.
    public init(path: String) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw GrammarModelError.notFound }
        defer { close(descriptor) }
        var reader = BinaryReader(fileDescriptor: descriptor)
        try self.init(reader: &reader)
    }

    init(reader: inout BinaryReader) throws {
        let magic = try reader.integer()
        guard magic == Self.magic || magic == Self.jointMagic else { throw GrammarModelError.badMagic }
        let metadata = try reader.strings().joined(separator: "\n")
        let upos = try reader.strings()
        let xpos = try reader.strings()
        guard upos.count == xpos.count, !upos.isEmpty else { throw GrammarModelError.inconsistent("tag set") }
        let tagWeights = try Self.readWeights(&reader, classCount: upos.count)
        let dictionary = try Self.readTable(&reader)
        let classes = try Self.readTable(&reader)
        let labels = try reader.strings()
        let parseWeights = try Self.readWeights(&reader, classCount: 3 + 2 * labels.count)
        let lowercase = try reader.array(UInt8.self)
        let strip = try reader.array(UInt16.self)
        let starts = try reader.array(UInt32.self)
        let blob = try reader.array(UInt8.self)
        guard lowercase.count == strip.count, starts.count == strip.count + 1, Int(starts.last ?? 0) <= blob.count else {
            throw GrammarModelError.inconsistent("lemma rules")
        }
        var rules: [Lemmatizer.Rule] = []
        rules.reserveCapacity(strip.count)
        for i in strip.indices {
            guard starts[i] <= starts[i + 1] else { throw GrammarModelError.inconsistent("lemma rules") }
            rules.append(Lemmatizer.Rule(lowercase: lowercase[i] != 0, strip: Int(strip[i]), append: Array(blob[Int(starts[i])..<Int(starts[i + 1])])))
        }
        let lemmaTable = try Self.readTable(&reader)
        self.init(
            tagger: Tagger(tags: TagSet(upos: upos, xpos: xpos), weights: tagWeights, dictionary: dictionary, classes: classes),
            parser: Parser(labels: labels, weights: parseWeights, joint: magic == Self.jointMagic),
            lemmatizer: Lemmatizer(rules: rules, table: lemmaTable),
            metadata: metadata)
    }

    static func write(_ table: FeatureTable, _ writer: inout BinaryWriter) {
        writer.integer(UInt64(table.count))
        writer.array(table.fingerprints)
        writer.array(table.rows)
    }

    static func readTable(_ reader: inout BinaryReader) throws -> FeatureTable {
        let count = Int(clamping: try reader.integer())
        let fingerprints = try reader.array(UInt32.self)
        let rows = try reader.array(UInt32.self)
        guard let table = FeatureTable(fingerprints: fingerprints, rows: rows, count: count) else { throw GrammarModelError.inconsistent("feature table") }
        return table
    }

    static func write(_ weights: SparseWeights, _ writer: inout BinaryWriter) {
        writer.array(weights.slots)
        writer.array(weights.votes)
    }

    static func readWeights(_ reader: inout BinaryReader, classCount: Int) throws -> SparseWeights {
        let weights = SparseWeights(classCount: classCount, slots: try reader.array(UInt64.self), votes: try reader.array(UInt32.self))
        guard weights.isConsistent else { throw GrammarModelError.inconsistent("weights") }
        return weights
    }
}
