/// Offices: what a title says about the post it names.
/// A title reduced to what it says about the office: its role class, the field it covers,
/// the organisation, the jurisdiction and the qualifiers that change the office.
///
/// `Defense Minister`, `Minister of National Defence` and `defence chief` reduce to
/// (cabinet, defense); `Secretary of War` to (cabinet, war); `Deputy Minister` to
/// (cabinet, –, deputy); `Party Chief` and `General Secretary` to (general secretary).
public struct Office: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Parses the `description` form back: `deputy cabinet/war+party@vietnam`, `senator#seat`.
    public init(parsing text: String) {
        var rest = Substring(text)
        var family: String? = nil
        if let hash = rest.lastIndex(of: "#") { family = String(rest[rest.index(after: hash)...]); rest = rest[..<hash] }
        var jurisdiction: String? = nil
        var organization: String? = nil
        var portfolio: String? = nil
        if let at = rest.lastIndex(of: "@") { jurisdiction = String(rest[rest.index(after: at)...]); rest = rest[..<at] }
        if let plus = rest.lastIndex(of: "+") { organization = String(rest[rest.index(after: plus)...]); rest = rest[..<plus] }
        if let slash = rest.firstIndex(of: "/") { portfolio = String(rest[rest.index(after: slash)...]); rest = rest[..<slash] }
        var words = rest.split(separator: " ").map(String.init)
        let known: Set<String> = ["deputy", "vice", "acting", "former", "interim", "assistant", "under", "elect", "outgoing", "incoming", "late", "associate", "designate", "caretaker", "ex"]
        var qualifiers: [String] = []
        // `vice president`, `vice admiral` are roles of their own.
        let compound: Set<String> = ["vice president", "vice admiral", "vice chancellor", "vice chairman", "vice premier", "vice-president"]
        while let first = words.first, known.contains(first), words.count > 1, !compound.contains(words.joined(separator: " ")) {
            qualifiers.append(first)
            words.removeFirst()
        }
        self.init(role: words.joined(separator: " "), portfolio: portfolio, organization: organization, jurisdiction: jurisdiction, qualifiers: qualifiers, family: family)
    }

    public var role: String
    public var portfolio: String?
    public var organization: String?
    public var jurisdiction: String?
    public var qualifiers: [String]
    /// The family of offices one person does not hold two of at once (`seat` for senator and
    /// representative, `executive` for president, governor, mayor and cabinet posts), from the
    /// extractor's lexicon; nil when the role belongs to none.
    public var family: String?

    public init(role: String, portfolio: String? = nil, organization: String? = nil, jurisdiction: String? = nil, qualifiers: [String] = [], family: String? = nil) {
        self.role = role
        self.portfolio = portfolio
        self.organization = organization
        self.jurisdiction = jurisdiction
        self.qualifiers = qualifiers
        self.family = family
    }

    /// `cabinet/defense#executive`, `deputy cabinet/war`, `president@vietnam#executive`.
    public var description: String {
        var text = (qualifiers.isEmpty ? "" : qualifiers.joined(separator: " ") + " ") + role
        if let portfolio { text += "/" + portfolio }
        if let organization { text += "+" + organization }
        if let jurisdiction { text += "@" + Folding.slug(jurisdiction) }
        if let family { text += "#" + family }
        return text
    }

    /// Two offices one person cannot hold at the same time: current and unqualified, of one
    /// family, different roles, in one jurisdiction where both name one. Posts that many
    /// organisations have (`executive`, `chair`, `chief-officer`) compare only within one
    /// organisation: a bank's governor is no state's governor, a senate's president no
    /// country's. In the `rank` family a role ending in the other is its longer form
    /// (`lieutenant general` / `general`), not another rank.
    public func excludes(_ other: Office) -> Bool {
        guard let family, family == other.family, role != other.role, qualifiers.isEmpty, other.qualifiers.isEmpty else { return false }
        if Office.organizationBound.contains(family) && organization != other.organization { return false }
        if family == "rank" && (role.hasSuffix(" " + other.role) || other.role.hasSuffix(" " + role)) { return false }
        if let a = jurisdiction, let b = other.jurisdiction, a != b { return false }
        return true
    }

    public static func < (lhs: Office, rhs: Office) -> Bool { lhs.description < rhs.description }

    /// Families whose posts every kind of organisation has.
    static let organizationBound: Set<String> = ["executive", "chair", "chief-officer"]

    /// Qualifiers that put the office in the past: a past holder may keep the bare title.
    public static let pastQualifiers: Set<String> = ["former", "late", "ex"]

    /// Generic roles that can stand for many offices ("the official").
    public static let generic: Set<String> = ["official", "officials", "leader", "leaders", "head", "chief", "officer", "secretary"]

    /// How two offices of the same person compare.
    public enum Relation: Sendable { case same, compatible, different, unrelated }

    /// `same`: one office, same wording class; `compatible`: one may be a shorter form of the
    /// other (`Secretary` vs `Secretary of War`); `different`: same kind of office, different
    /// field or rank (`Secretary of Defense` vs `Secretary of War`); `unrelated`: other roles.
    public func relation(to other: Office) -> Relation {
        let myQualifiers = Set(qualifiers)
        let theirQualifiers = Set(other.qualifiers)
        if role == other.role {
            if myQualifiers != theirQualifiers { return .different }
            switch (portfolio, other.portfolio) {
            case let (a?, b?): return a == b ? .same : .different
            case (nil, nil):
                if let a = organization, let b = other.organization, a != b { return .compatible }
                return .same
            default: return .compatible
            }
        }
        return .unrelated
    }

    /// Does a role reference ("the Defense Minister", "the President") fit this office?
    public func fits(reference: Office) -> Bool {
        // Qualifiers that do not change who holds the post in one article's story; a reference to
        // the post-to-be (`the finance secretary-designate`) fits the person named to the post.
        let loose: Set<String> = ["former", "late", "top", "senior", "new", "current"]
        let mine = Set(qualifiers).subtracting(loose)
        let theirs = Set(reference.qualifiers).subtracting(loose)
        let incoming: Set<String> = ["designate", "elect", "incoming"]
        if mine != theirs && !(mine.isEmpty && theirs.isSubset(of: incoming)) { return false }
        if let j = reference.jurisdiction, let mine = jurisdiction, j != mine { return false }
        let roleFits = reference.role == role || (Office.generic.contains(reference.role) && (reference.portfolio != nil || reference.organization != nil))
        guard roleFits else { return false }
        if let p = reference.portfolio, p != portfolio {
            return false
        }
        if let o = reference.organization, let mine = organization, o != mine { return false }
        if reference.organization != nil && organization == nil && reference.portfolio == nil && portfolio == nil { return false }
        return true
    }
}

