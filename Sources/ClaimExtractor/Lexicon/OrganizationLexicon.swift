/// Words that make a capitalised phrase an organisation, event, work or place rather than a person.
public enum OrganizationLexicon {
}
