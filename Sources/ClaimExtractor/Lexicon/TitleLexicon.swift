/// General vocabulary of titles, roles, ranks and offices, folded to lowercase.
/// No named individual appears here: these are words any outlet uses.
public enum TitleLexicon {
}
