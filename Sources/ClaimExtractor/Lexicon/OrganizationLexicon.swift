/// Words that make a capitalised phrase an organisation, event, work or place rather than a person.
public enum OrganizationLexicon {
    /// `Ministry`, `Party`, `Inc.`, `Coast Guard`: a phrase holding one of these names no person.
    public static let words: Set<String> = [
        "ministry", "department", "party", "agency", "council", "committee", "commission", "inc", "corp",
        "corporation", "company", "co", "ltd", "llc", "plc", "gmbh", "group", "bank", "university", "college",
        "school", "institute", "foundation", "association", "union", "federation", "league", "organization",
        "organisation", "office", "bureau", "service", "services", "administration", "court", "congress",
        "senate", "house", "parliament", "assembly", "army", "navy", "force", "forces", "guard", "police",
        "news", "times", "post", "journal", "herald", "tribune", "press", "network", "television", "radio",
        "airlines", "airways", "motors", "systems", "technologies", "exhibition", "expo", "summit", "forum",
        "conference", "games", "cup", "championship", "championships", "festival", "awards", "hospital",
        "center", "centre", "museum", "stadium", "airport", "station", "street", "avenue", "road", "bridge",
        "square", "palace", "hall", "tower", "building", "church", "mosque", "temple", "cathedral", "ocean",
        "sea", "river", "lake", "mountain", "mount", "island", "islands", "valley", "county", "province",
        "city", "district", "region", "republic", "kingdom", "empire", "coalition", "movement", "front",
        "alliance", "brigade", "division", "battalion", "regiment", "fleet", "command", "corps", "club",
        "team", "fc", "studios", "pictures", "records", "entertainment", "media", "holdings", "partners",
        "capital", "fund", "trust", "authority", "board", "cabinet", "government", "embassy", "consulate",
        "secretariat", "tribunal", "prison", "jail", "academy", "society", "institution", "laboratory",
        "laboratories", "labs", "industries", "energy", "oil", "gas", "pharmaceuticals", "bancorp", "exchange",
        "reserve", "treasury", "chamber", "caucus", "fellowship", "unit", "squadron", "patrol", "coast",
        "channel", "magazine", "gazette", "daily", "weekly", "review", "report", "agency's", "wire", "online",
        "today", "tv", "broadcasting", "telegraph", "observer", "guardian", "chronicle", "standard", "mail",
        "express", "mirror", "sun", "star", "globe", "examiner", "courier", "inquirer", "dispatch", "bulletin",
        "week", "weekend", "war", "act", "law", "treaty", "accord", "agreement", "plan", "program",
        "programme", "initiative", "project", "operation", "strategy", "doctrine", "policy", "protocol",
        "convention", "declaration", "charter", "constitution", "amendment", "day", "prize", "award", "medal",
        "trophy", "series", "season", "tour", "open", "olympics", "olympic", "world", "national", "international",
        "global", "united", "federal", "central", "democratic", "republican", "communist", "socialist",
        "liberal", "conservative", "labour", "green", "people's", "peoples", "popular", "revolutionary",
        "show", "podcast", "projects", "directorate", "inspectorate", "subcommittee", "sub-committee", "taskforce", "secretariat's", "politburo", "elementary", "academy", "polytechnic", "observatory",
        "consortium", "conglomerate", "syndicate", "cooperative", "sas", "nv", "bv", "pty",
        "aerospace", "aviation", "airline", "motor", "electronics", "semiconductor", "pharma",
        "logistics", "shipping", "shipyard", "shipbuilding", "petroleum", "mining", "telecom", "foods",
        "capital's", "ventures", "securities", "insurance", "bancorp", "financial", "rovers",
        // Other languages' organisation words.
        "grupo", "banco", "financiero", "ministerio", "secretaría", "secretaria", "partido", "universidad",
        "universidade", "université", "universite", "universität", "universitat", "empresa", "compañía",
        "compania", "sociedad", "instituto", "institut", "ministère", "ministere", "ministerium", "bundestag",
        "assemblée", "assemblee", "partei", "gruppe", "stiftung", "verein", "commissione", "banca",
    ]

    /// Metonyms: a building or place standing for an institution, never a person.
    public static let metonyms: Set<String> = [
        "pentagon", "kremlin", "white house", "downing street", "elysee", "élysée", "capitol hill", "capitol",
        "foggy bottom", "whitehall", "zhongnanhai", "blue house", "quai d'orsay", "vatican", "holy see",
        "wall street", "silicon valley", "hollywood", "westminster", "brussels", "number 10",
    ]

    /// The country a one-word metonym's institution belongs to: `Pentagon` → United States.
    public static let metonymJurisdictions: [String: String] = [
        "pentagon": "United States", "kremlin": "Russia", "elysee": "France", "whitehall": "United Kingdom",
        "zhongnanhai": "China", "capitol": "United States", "westminster": "United Kingdom",
    ]

    /// Outlet-shaped words: an attribution `according to X` whose X holds one of these is a publication.
    public static let outletWords: Set<String> = ["news", "times", "post", "journal", "herald", "tribune", "press", "network", "television", "radio", "wire", "agency", "magazine", "gazette", "daily", "reuters", "telegraph", "guardian", "observer", "chronicle", "broadcasting", "bbc", "cnn", "afp", "ap", "bloomberg", "xinhua", "tass", "kyodo", "yonhap"]

    /// Broadcasters and agencies whose names have the shape of a person's name (`Al Jazeera`).
    public static let outletNames: Set<String> = ["al jazeera", "al arabiya", "al-jazeera", "al-arabiya", "sky news", "fox news", "al mayadeen", "russia today", "deutsche welle", "radio free europe", "voice of america", "halk tv", "france 24", "euronews", "anadolu", "bernama", "antara", "interfax", "ria novosti", "sputnik", "dpa", "ansa", "efe"]
}
