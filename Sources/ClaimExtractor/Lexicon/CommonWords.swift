/// Capitalised words that are never part of a name: function words at the start of a
/// sentence, pronouns, and common nouns that headlines capitalise.
public enum CommonWords {
    public static let notNames: Set<String> = [
        "the", "a", "an", "in", "on", "at", "for", "but", "and", "or", "nor", "as", "it", "he", "she", "they",
        "we", "i", "you", "this", "that", "these", "those", "his", "her", "their", "our", "its", "my", "your",
        "when", "while", "after", "before", "according", "however", "also", "both", "some", "many", "most",
        "few", "other", "others", "there", "here", "what", "who", "whom", "whose", "which", "where", "why",
        "how", "if", "meanwhile", "under", "over", "with", "without", "from", "to", "by", "of", "during",
        "since", "despite", "although", "though", "because", "yet", "so", "then", "now", "today", "yesterday",
        "tomorrow", "last", "next", "all", "any", "each", "every", "no", "not", "one", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "first", "second", "third", "such", "only", "even",
        "just", "still", "again", "more", "less", "much", "very", "about", "above", "below", "between",
        "among", "into", "through", "until", "upon", "within", "against", "toward", "towards", "across",
        "along", "around", "behind", "beyond", "near", "off", "out", "up", "down", "again", "further", "once",
        "analysts", "officials", "sources", "reports", "report", "critics", "supporters", "experts", "police",
        "photo", "video", "image", "caption", "file", "update", "updated", "breaking", "exclusive", "opinion",
        "analysis", "editorial", "read", "more", "see", "watch", "click", "share", "comments", "advertisement",
        "related", "follow", "subscribe", "sign", "yes", "well", "oh", "mr", "mrs", "ms", "dr", "is", "was",
        "are", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "can",
        "could", "should", "may", "might", "must", "shall", "said", "says", "told", "asked", "added", "new",
        "old", "former", "late", "early", "several", "another", "same", "than", "like", "unlike", "whether",
        "either", "neither", "perhaps", "maybe", "instead", "indeed", "thus", "hence", "therefore", "amid",
        "via", "per", "whereas", "unless", "once", "ago", "later", "earlier", "soon", "already", "never",
        "always", "often", "sometimes", "overall", "finally", "together", "alone", "nearly", "almost",
        "although", "secretary", "minister", "president", "chief", "general", "deputy", "party", "conspicuously",
        "notably", "strategic", "military", "defense", "defence", "national", "international", "foreign",
        "senior", "top", "high", "key", "major", "minor", "big", "small", "great", "historic", "landmark",
        "breaking", "live", "latest", "full", "text", "statement", "press", "release", "news", "world", "state",
        "government", "administration", "ministry", "department", "agency", "congress", "republicans",
        "democrats", "republican", "democrat", "democratic", "gop", "god", "lord", "jesus", "christmas", "easter",
        "internet", "web", "online", "twitter", "facebook", "instagram", "youtube", "google", "tiktok", "x",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "capital",
        "nation", "country", "city", "region", "province", "island", "coast", "border", "war", "peace",
        "security", "cooperation", "relations", "partnership", "agreement", "deal", "talks", "meeting",
        "meetings", "visit", "summit", "era", "age", "day", "week", "month", "year", "years", "hours",
        "aggression", "reliability", "china's", "russia's", "hurricane", "storm", "typhoon", "earthquake",
        "quake", "fire", "flood", "bridge", "collapse", "crash", "attack", "shooting", "bombing", "strike",
        "senators", "sens", "reps", "representatives", "ministers", "governors", "generals", "lawmakers",
        "presidents", "leaders", "congressmen", "congresswomen", "mayors", "ambassadors", "secretaries",
        "dad", "mom", "mum", "mama", "papa", "grandma", "grandpa",
        "people", "separately", "additionally", "elsewhere", "correction", "media", "contact", "photos",
        "officials", "staff", "reporter", "reporters", "from", "left", "right", "centre", "center", "pictured",
    ]

    /// Words of `notNames` that are name parts when they follow the first word of a name:
    /// `Nor Azizah`, `Theresa May`.
    public static let functionWordsInNames: Set<String> = ["nor", "may", "so", "an", "yet", "will", "do", "long", "well", "young", "little", "brown", "black", "white", "green", "king", "hope", "grace", "rose", "joy", "faith", "love", "rich", "strong", "small", "major", "high", "early", "north", "south", "west", "east", "day", "march", "april", "june", "august"]

    /// Verbs of speech that follow a speaker: `… , Smith said.` `Smith told reporters`.
    public static let speechVerbs: Set<String> = [
        "said", "says", "told", "added", "stated", "wrote", "tweeted", "posted", "explained", "noted",
        "insisted", "argued", "warned", "declared", "announced", "asked", "replied", "responded", "remarked",
        "continued", "concluded", "acknowledged", "admitted", "conceded", "claimed", "confirmed", "denied",
        "stressed", "emphasized", "emphasised", "underlined", "recalled", "observed", "suggested", "urged",
        "mentioned", "expressed", "praised", "criticized", "criticised", "complained", "joked", "quipped",
        "testified", "predicted", "cautioned", "countered", "vowed", "pledged", "promised", "estimated",
    ]
}
