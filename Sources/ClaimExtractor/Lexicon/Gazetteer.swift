/// A general gazetteer: countries with demonyms, capitals and major cities, regions.
/// Data, not rules: extend it freely. Keys are as written; look-ups fold case and diacritics.
public enum Gazetteer {
}
