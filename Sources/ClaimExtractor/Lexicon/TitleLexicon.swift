/// General vocabulary of titles, roles, ranks and offices, folded to lowercase.
/// No named individual appears here: these are words any outlet uses.
public enum TitleLexicon {
    /// Head words of a title: `Minister`, `Secretary`, `spokesman`, `Gen.`.
    /// Matches the last (or only) role word of a title phrase.
    public static let roleHeads: Set<String> = [
        "president", "vice-president", "minister", "secretary", "chancellor", "premier", "chief", "head", "leader",
        "chairman", "chairwoman", "chairperson", "chair", "director", "director-general", "governor", "senator",
        "representative", "congressman", "congresswoman", "mayor", "ambassador", "envoy", "consul", "spokesman",
        "spokeswoman", "spokesperson", "general", "admiral", "colonel", "commander", "captain", "lieutenant",
        "major", "sergeant", "corporal", "commodore", "marshal", "brigadier", "officer", "king", "queen",
        "prince", "princess", "emperor", "empress", "sheikh", "emir", "sultan", "pope", "cardinal", "bishop",
        "archbishop", "imam", "rabbi", "pastor", "reverend", "judge", "justice", "attorney", "prosecutor",
        "commissioner", "ceo", "cfo", "coo", "cto", "founder", "co-founder", "coach", "manager", "speaker",
        "whip", "councillor", "councilman", "councilwoman", "councilor", "lawmaker", "legislator", "delegate",
        "diplomat", "counterpart", "aide", "adviser", "advisor", "professor", "dean", "provost", "rector",
        "editor", "publisher", "correspondent", "inspector", "superintendent", "sheriff", "treasurer",
        "auditor", "comptroller", "trustee", "executive", "president-elect", "secretary-general",
        "undersecretary", "under-secretary", "deputy", "administrator", "regent", "viceroy", "magistrate",
        "chieftain", "warden", "constable", "detective", "firefighter", "spokesperson", "strategist",
        "economist", "analyst", "researcher", "scientist", "physician", "surgeon", "lawyer", "counsel",
        "negotiator", "mediator", "coordinator", "organiser", "organizer", "owner", "partner", "principal",
        "producer", "actor", "actress", "director", "singer", "player", "striker", "quarterback", "goalkeeper",
        "midfielder", "defender", "pitcher", "champion", "swimmer", "athlete", "host", "presenter", "anchor",
        "candidate", "nominee", "challenger", "incumbent", "congressional", "premier", "governor-general",
        "mp", "mep", "senator-elect", "vp", "officer", "agent", "official", "officials", "leaders",
        "boss", "member", "engineer", "marshal", "commandant", "chairman-elect", "mayor-elect",
        "attaché", "attache", "secretary-designate", "minister-designate", "nominee", "councillor", "alderman",
        "headmaster", "headteacher", "captain", "skipper", "vice-chair", "vice-chairman", "vice-chancellor",
        "ombudsman", "registrar", "curator", "architect", "designer", "founder", "proprietor", "investor",
        "editor-in-chief", "commander-in-chief", "chief-of-staff",
    ]

    /// Role heads that are also common surnames or given names (`Major`, `King`, `Dean`): they
    /// never split a capitalised run on their own.
    public static let nameLikeHeads: Set<String> = [
        "major", "king", "queen", "prince", "princess", "general", "marshal", "dean", "judge", "bishop", "pope",
        "chancellor", "justice", "host", "partner", "principal", "counsel", "warden", "constable", "singer",
        "player", "producer", "cardinal", "rector", "captain", "chief", "head", "leader", "speaker", "whip",
        "champion", "agent", "owner", "actor", "director", "sheriff", "pastor", "regent", "official", "deputy",
        "chair", "delegate", "envoy", "mayor", "governor", "president", "representative", "executive", "officer",
    ]

    /// Honorific forms of address that the dev-set convention counts as titles (unlike `Mr`, `Dr`):
    /// `Sir`, `Dame`, `Cllr`, `Datuk Seri`, `Sheikh`.
    public static let honorificTitles: Set<String> = [
        "sir", "dame", "lord", "lady", "cllr", "datuk", "dato", "dato'", "datin", "seri", "tun", "sheikh",
        "sheikha", "hon", "honourable", "honorable", "excellency",
    ]

    /// Abbreviated ranks and honorific titles that stand before a name, with their expansion.
    /// `Gen.` → general, `Lt.` → lieutenant, `Sen.` → senator, `Rep.` → representative.
    public static let abbreviations: [String: String] = [
        "gen": "general", "lt": "lieutenant", "col": "colonel", "maj": "major", "capt": "captain", "cpt": "captain",
        "adm": "admiral", "sgt": "sergeant", "cmdr": "commander", "cdr": "commander", "brig": "brigadier",
        "sen": "senator", "rep": "representative", "gov": "governor", "pres": "president", "amb": "ambassador",
        "supt": "superintendent", "insp": "inspector", "cpl": "corporal", "pvt": "private", "gov.-elect": "governor-elect",
        "atty": "attorney", "det": "detective", "lt.-gen": "lieutenant general", "rev": "reverend", "prof": "professor",
        "cmdt": "commandant", "hon": "honourable", "sec": "secretary", "secy": "secretary",
        "cllr": "councillor", "cdre": "commodore", "msgr": "monsignor", "d.a.": "district attorney", "d.a": "district attorney",
    ]

    /// Honorifics that mark a person but are not titles: `Mr`, `Ms`, `Dr`.
    public static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "madam", "madame", "monsieur", "herr", "frau", "señor", "senor", "señora", "senora"]

    /// Honorific-like titles that count as titles (`Sheikh`, `King`).
    public static let nobleTitles: Set<String> = ["sheikh", "emir", "king", "queen", "prince", "princess", "sultan", "pope", "cardinal", "imam", "rabbi", "ayatollah", "archduke", "duke", "duchess", "count", "countess", "baron", "baroness", "father", "sister", "brother", "mullah", "chief"]

    /// Words that qualify a title: `deputy`, `former`, `acting`, `vice`.
    public static let qualifiers: Set<String> = [
        "deputy", "vice", "acting", "former", "interim", "under", "assistant", "associate", "senior", "junior",
        "first", "second", "third", "top", "then", "late", "outgoing", "incoming", "elect", "co", "principal",
        "permanent", "retired", "ex", "new", "current", "longtime", "veteran", "lead", "executive", "managing",
        "general", "chief", "special", "direct", "high", "supreme", "grand", "lord", "prime", "state", "federal",
        "national", "provincial", "regional", "local", "municipal", "military", "civilian", "defence", "defense",
        "four-star", "three-star", "two-star", "one-star", "five-star", "rear", "fleet", "field", "air", "staff",
        "majority", "minority", "opposition", "coordinating", "standing", "charge", "flag", "sporting", "club",
        "designate", "caretaker", "provisional", "honorary", "emeritus", "founding", "joint", "fire",
    ]

    /// Qualifiers that change the office (a deputy minister is not the minister).
    public static let officeQualifiers: Set<String> = ["deputy", "vice", "acting", "former", "interim", "assistant", "under", "elect", "outgoing", "incoming", "late", "ex", "associate", "designate", "caretaker"]

    /// Portfolio words: the field an office covers, mapped to a canonical field.
    /// `defence`, `national defence`, `pentagon` → defense; `foreign`, `foreign affairs` → foreign affairs.
    public static let portfolios: [String: String] = [
        "defense": "defense", "defence": "defense", "national defense": "defense", "national defence": "defense",
        "pentagon": "defense", "war": "war", "foreign": "foreign affairs", "foreign affairs": "foreign affairs",
        "external affairs": "foreign affairs", "state": "state", "interior": "interior", "home": "interior",
        "home affairs": "interior", "internal affairs": "interior", "finance": "finance", "treasury": "finance",
        "the treasury": "finance", "exchequer": "finance", "economy": "economy", "economic affairs": "economy",
        "justice": "justice", "health": "health", "education": "education", "labor": "labor", "labour": "labor",
        "commerce": "trade", "trade": "trade", "industry": "industry", "industry and trade": "trade",
        "energy": "energy", "transport": "transport", "transportation": "transport", "agriculture": "agriculture",
        "environment": "environment", "culture": "culture", "tourism": "tourism", "public security": "public security",
        "homeland security": "homeland security", "information": "information", "communications": "communications",
        "intelligence": "intelligence", "security": "security", "national security": "national security",
        "immigration": "immigration", "housing": "housing", "veterans affairs": "veterans affairs",
        "navy": "navy", "army": "army", "air force": "air force", "planning": "planning", "investment": "investment",
        "planning and investment": "planning and investment", "science": "science", "technology": "technology",
        "sport": "sport", "sports": "sport", "youth": "youth", "women": "women", "social affairs": "social affairs",
        "labor and social affairs": "labor", "natural resources": "natural resources", "mines": "mines",
        "mining": "mines", "oil": "oil", "petroleum": "oil", "water": "water", "fisheries": "fisheries",
        "construction": "construction", "public works": "public works", "infrastructure": "infrastructure",
        "digital": "digital", "telecommunications": "communications", "media": "media", "arts": "culture",
        "foreign trade": "trade", "external trade": "trade", "international trade": "trade", "development": "development",
        "international development": "development", "foreign aid": "development", "economic development": "development",
        "maritime affairs": "maritime affairs", "maritime": "maritime affairs",
        "engineering": "engineering", "operations": "operations", "marketing": "marketing", "sales": "sales",
        "public affairs": "public affairs", "legal affairs": "justice", "parliamentary affairs": "parliamentary affairs",
        "european affairs": "european affairs", "consumer affairs": "consumer affairs", "cyber": "cyber",
        "climate": "climate", "welfare": "welfare", "pensions": "pensions", "work and pensions": "pensions",
    ]

    /// Multi-word offices with a fixed meaning, mapped to a canonical role class.
    /// `head of government` → prime minister; `party chief` → general secretary.
    public static let fixedOffices: [String: String] = [
        "prime minister": "prime minister", "premier": "prime minister", "head of government": "prime minister",
        "head of state": "president", "general secretary": "general secretary", "secretary general": "secretary-general",
        "secretary-general": "secretary-general", "party chief": "general secretary", "party leader": "general secretary",
        "party secretary": "general secretary", "chief of staff": "chief of staff", "chief executive": "ceo",
        "chief executive officer": "ceo", "ceo": "ceo", "vice president": "vice president", "vice-president": "vice president",
        "attorney general": "attorney general", "attorney-general": "attorney general", "solicitor general": "solicitor general",
        "chief justice": "chief justice", "supreme leader": "supreme leader", "house speaker": "speaker",
        "speaker of the house": "speaker", "majority leader": "majority leader", "minority leader": "minority leader",
        "press secretary": "press secretary", "national security adviser": "national security adviser",
        "national security advisor": "national security adviser", "fire chief": "fire chief", "police chief": "police chief",
        "chief of police": "police chief", "chief constable": "police chief", "foreign minister": "minister",
        "lieutenant general": "lieutenant general", "major general": "major general", "brigadier general": "brigadier general",
        "rear admiral": "rear admiral", "vice admiral": "vice admiral", "lieutenant governor": "lieutenant governor",
        "governor general": "governor-general", "governor-general": "governor-general", "president-elect": "president",
    ]

    /// Role heads that take a portfolio: a minister *of* something, a *defence* secretary.
    /// They compare as one class, so `Secretary of Defense` ≡ `Defense Minister` ≡ `defence chief`.
    public static let cabinetHeads: Set<String> = ["minister", "secretary", "chief", "head", "czar", "tsar", "boss"]

    /// Words that end a title phrase going forward because they start a clause.
    public static let clauseWords: Set<String> = ["said", "says", "told", "who", "which", "that", "and", "but", "was", "is", "has", "had", "will", "would", "said.", "met", "visited", "held", "stated", "added"]
}
