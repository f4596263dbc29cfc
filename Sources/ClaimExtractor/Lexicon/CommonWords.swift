/// Capitalised words that are never part of a name: function words at the start of a
/// sentence, pronouns, and common nouns that headlines capitalise.
public enum CommonWords {
}
