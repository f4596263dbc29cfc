/// Common given names and common family names from many languages: general vocabulary
/// that makes a capitalised pair more likely a person (`Anna Kowalski`). Not a list of people.
public enum NameLexicon {
}
