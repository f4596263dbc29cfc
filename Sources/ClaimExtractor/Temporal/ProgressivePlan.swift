import ClaimModel

/// The progressive of a plan. In English a progressive verb with a time still to come states
/// an arrangement (`she is leaving in February`, `the administration coming in January`); in
/// reported speech its tense is shifted back without changing what it means (`Trump said
/// Mattis was leaving in February`, written in December: next February). So a month named
/// without a year in such a clause is resolved forward, as with `will`: the next such month
/// (a month more than two months before the publication month is next year's), and the date
/// is a plan, compared with other plans only.
///
/// Read from the sentence tree: the date's verb is a participle in `-ing` with either
/// - no auxiliary, modifying a noun (`acl`: `the administration coming in January`);
/// - a present form of `be` (`is leaving`, `are moving`);
/// - a past form of `be` (`was leaving`, `TemporalScanner.pastMarkers`) in a clause reported
///   by a speech verb (`ccomp` of `QuoteVocabulary.speechLemmas`: `said … was leaving`).
/// A past progressive of its own (`was living in March`) stays in the past.
enum ProgressivePlan {
    static func isPlan(_ tree: SentenceTree, _ verb: Int, _ doc: Document) -> Bool {
        let token = tree.tokens[verb]
        let form = doc.folded[token]
        guard tree.upos[verb] == "VERB", form.count >= 5, form.hasSuffix("ing"), !doc.tokens[token].isCapitalized else { return false }
        let auxiliaries = tree.children(of: verb).filter { tree.base($0) == "aux" }
        guard !auxiliaries.isEmpty else { return tree.base(verb) == "acl" }
        // `will be leaving` is planned already; a perfect (`has been living`) is no plan.
        guard auxiliaries.count == 1, let be = auxiliaries.first, tree.lemmas[be] == "be" else { return false }
        guard TemporalScanner.pastMarkers.contains(doc.folded[tree.tokens[be]]) else { return true }
        guard tree.base(verb) == "ccomp", let head = tree.heads[verb] else { return false }
        return tree.upos[head] == "VERB" && QuoteVocabulary.speechLemmas.contains(tree.lemmas[head])
    }

    /// `value` (`2016-01`, a month whose year was read from the publication date) resolved
    /// forward from `published`: the next such month (one at most two months before the
    /// publication month is still this year's); nil when it is not a month alone so read.
    static func forward(_ value: String, note: String?, published: String?) -> String? {
        guard note?.hasPrefix("year from publication date") == true, let published = published.flatMap(CalendarDate.iso),
              let year = published.year, let month = published.month else { return nil }
        let parts = value.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, value.split(separator: "-").count == 2, abs(parts[0] - year) <= 1 else { return nil }
        return CalendarDate(year: month - parts[1] > 2 ? year + 1 : year, month: parts[1]).description
    }
}
