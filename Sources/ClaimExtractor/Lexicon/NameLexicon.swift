/// Common given names and common family names from many languages: general vocabulary
/// that makes a capitalised pair more likely a person (`Anna Kowalski`). Not a list of people.
public enum NameLexicon {
    public static let givenNames: Set<String> = [
        "aaron", "abdul", "abdullah", "abraham", "adam", "adrian", "ahmad", "ahmed", "aidan", "alan", "albert", "alberto",
        "alejandro", "alex", "alexander", "alexandra", "alexei", "alfred", "ali", "alice", "alicia", "allison", "amanda", "amber",
        "amy", "ana", "andrea", "andreas", "andrei", "andrew", "andy", "angela", "angelo", "anita", "ann", "anna",
        "anne", "annie", "anthony", "antonio", "arthur", "ashley", "barack", "barbara", "barry", "ben", "benjamin", "bernard",
        "bernie", "beth", "betty", "bill", "billy", "bob", "bobby", "boris", "brad", "bradley", "brandon", "brenda",
        "brian", "bruce", "bryan", "carl", "carla", "carlos", "carol", "caroline", "carolyn", "catherine", "charles", "charlie",
        "chris", "christian", "christina", "christine", "christopher", "chuck", "cindy", "claire", "claude", "claudia", "colin", "connor",
        "craig", "cynthia", "dan", "daniel", "danielle", "daniela", "darren", "dave", "david", "dean", "deborah", "debra",
        "dennis", "derek", "diana", "diane", "dick", "dmitry", "dominic", "don", "donald", "donna", "doris", "dorothy",
        "doug", "douglas", "dylan", "ed", "eddie", "edward", "elena", "elizabeth", "ellen", "emily", "emma", "emmanuel",
        "eric", "erik", "erin", "ethan", "eugene", "eva", "evan", "felipe", "fernando", "francesca", "francis", "francisco",
        "frank", "fred", "frederick", "gabriel", "gary", "george", "gerald", "gina", "giovanni", "gloria", "gordon", "grace",
        "greg", "gregory", "hannah", "harold", "harry", "heather", "helen", "henry", "hillary", "howard", "hugh", "hugo",
        "ian", "igor", "isabel", "isaac", "jack", "jackie", "jacob", "james", "jamie", "jan", "jane", "janet",
        "jason", "javier", "jean", "jeff", "jeffrey", "jennifer", "jeremy", "jerry", "jessica", "jill", "jim", "jimmy",
        "joan", "joe", "joel", "john", "johnny", "jon", "jonathan", "jorge", "jose", "joseph", "josh", "joshua",
        "juan", "judith", "judy", "julia", "julian", "julie", "justin", "karen", "karl", "kate", "katherine", "kathleen",
        "kathy", "katie", "keith", "kelly", "ken", "kenneth", "kevin", "kim", "kimberly", "kirk", "kyle", "larry",
        "laura", "lauren", "lawrence", "leah", "lee", "leon", "leonard", "linda", "lisa", "liz", "lois", "louis",
        "louise", "lucas", "lucy", "luis", "luke", "lynn", "manuel", "marc", "marco", "margaret", "maria", "marie",
        "marina", "mario", "mark", "marta", "martha", "martin", "mary", "matt", "matthew", "maurice", "max", "megan",
        "melissa", "michael", "michelle", "miguel", "mike", "mitch", "mohamed", "mohammed", "muhammad", "nancy", "natalie", "nathan",
        "neil", "nicholas", "nick", "nicole", "nikolai", "noah", "norman", "olga", "oliver", "olivia", "omar", "oscar",
        "pablo", "pamela", "pat", "patricia", "patrick", "paul", "paula", "pedro", "pete", "peter", "philip", "phillip",
        "pierre", "rachel", "ralph", "ramon", "randy", "ray", "raymond", "rebecca", "richard", "rick", "rita", "rob",
        "robert", "roberto", "robin", "roger", "ron", "ronald", "rosa", "rose", "roy", "ruth", "ryan", "sally",
        "sam", "samantha", "samuel", "sandra", "sara", "sarah", "scott", "sean", "sergei", "sergey", "shannon", "sharon",
        "shirley", "simon", "sophia", "sophie", "stanley", "stephanie", "stephen", "steve", "steven", "susan", "ted", "teresa",
        "terry", "theresa", "thomas", "tim", "timothy", "tina", "todd", "tom", "tommy", "tony", "tracy", "travis",
        "valerie", "vanessa", "victor", "victoria", "vincent", "vladimir", "walter", "wang", "wayne", "wendy", "william", "willie",
        "yuri", "zachary",
    ]
    /// Family names that open a name (Vietnamese, Chinese, Korean order).
    public static let leadingFamilyNames: Set<String> = [
        "nguyen", "tran", "le", "pham", "phan", "hoang", "huynh", "vu", "vo", "dang", "bui", "do",
        "ho", "ngo", "duong", "ly", "luong", "to", "dinh", "trinh", "mai", "cao", "lam", "truong",
        "kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "wang",
        "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma",
        "zhu", "hu", "guo", "he", "lin", "gao", "luo", "zheng", "liang", "xie", "song", "tang",
    ]
    /// Lowercase particles inside names: `van`, `de la`, `bin`, `al`.
    public static let particles: Set<String> = ["van", "von", "de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "bin", "ibn", "bint", "binti", "bte", "binte", "al", "el", "abu", "ter", "op", "vom", "zum", "dello", "degli", "y", "dos", "das", "do", "ter", "ten", "zu", "af", "av", "st"]
}
