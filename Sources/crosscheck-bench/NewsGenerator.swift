import Foundation

/// News-like articles from a seed: many events, each reported by several outlets that agree
/// on most things and differ on some (a title, a number, who took part), the way real
/// coverage does. Every event has its own cast, place, date and figures, and sentences are
/// assembled from templates and word tables, so no two articles share their text.
struct NewsGenerator {
    struct GeneratedArticle {
        /// File name inside the set folder, with extension.
        var fileName: String
        /// The whole file: front matter and body.
        var text: String
    }

    struct GeneratedSet {
        var name: String
        var articles: [GeneratedArticle]
    }

    let seed: UInt64

    /// Set `index` of the corpus, with `articles` articles. A pure function of (seed, index,
    /// articles): sets can be made in any order, or in parallel, and come out the same.
    func makeSet(index: Int, articles: Int) -> GeneratedSet {
        var rng = SplitMix64(seed: seed ^ (UInt64(index) &* 0x9E37_79B9_7F4A_7C15))
        let event = Event(&rng, index: index)
        var outletRNG = rng.fork(1)
        let outlets = (0..<articles).map { Outlets.make(&outletRNG, index: $0) }
        var list: [GeneratedArticle] = []
        list.reserveCapacity(articles)
        for number in 0..<articles {
            var articleRNG = rng.fork(UInt64(number) + 2)
            let text = ArticleWriter(event: event, outlet: outlets[number], others: outlets, number: number).write(&articleRNG)
            list.append(GeneratedArticle(fileName: String(format6(number)) + ".md", text: text))
        }
        return GeneratedSet(name: "event-" + format6(index) + "-" + event.slug, articles: list)
    }

    func format6(_ value: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }
}

/// One event: who, where, when, what figures. Outlets describe it with variation.
struct Event {
    struct Role {
        var person: NameMaker.Person
        /// Ways outlets title this person; the first is the usual one.
        var titles: [String]
        var country: Country
    }

    enum Kind: CaseIterable { case defenseVisit, tradeTalks, summit, disasterAid, energyDeal, courtRuling }

    var kind: Kind
    var host: Country
    var guest: Country
    var city: String
    var year: Int
    var month: Int
    var day: Int
    var weekday: String
    var hostLeader: Role
    var hostMinister: Role
    var guestMinister: Role
    var guestAide: Role
    var spokesperson: Role
    var analyst: Role
    var absentee: Role
    var deals: Int
    var billions: Int
    var tenths: Int
    var troops: Int
    var tonnes: Int
    var topic: String
    var slug: String

    init(_ rng: inout SplitMix64, index: Int) {
        kind = rng.pick(Kind.allCases)
        host = rng.pick(Countries.all)
        var other = rng.pick(Countries.all)
        while other.name == host.name { other = rng.pick(Countries.all) }
        guest = other
        city = host.capital
        year = rng.int(2012...2026)
        month = rng.int(1...12)
        day = rng.int(1...28)
        weekday = NewsCalendar.weekday(year: year, month: month, day: day)
        let portfolio = rng.pick(Portfolios.all)
        func person(_ country: Country, _ rng: inout SplitMix64) -> NameMaker.Person {
            NameMaker.make(&rng, style: rng.chance(70) ? country.style : rng.pick(NameMaker.Style.allCases))
        }
        let leaderTitle = rng.pick(["President", "Prime Minister", "Chancellor", "Premier"])
        hostLeader = Role(person: person(host, &rng), titles: [leaderTitle, host.demonym + " " + leaderTitle], country: host)
        hostMinister = Role(person: person(host, &rng), titles: [portfolio.short + " Minister", "Minister of " + portfolio.long, host.demonym + " " + portfolio.short + " Minister"], country: host)
        guestMinister = Role(person: person(guest, &rng), titles: ["Secretary of " + portfolio.long, portfolio.short + " Secretary", guest.demonym + " " + portfolio.short + " Minister"], country: guest)
        guestAide = Role(person: person(guest, &rng), titles: [rng.pick(["Deputy", "Assistant", "Under"]) + " Secretary", "Ambassador", rng.pick(["Gen.", "Adm.", "Col."])], country: guest)
        spokesperson = Role(person: person(host, &rng), titles: ["spokesperson", "spokeswoman", "spokesman"], country: host)
        analyst = Role(person: person(guest, &rng), titles: ["analyst", "professor", "researcher"], country: guest)
        absentee = Role(person: person(host, &rng), titles: [rng.pick(["Vice President", "Foreign Minister", "Deputy Prime Minister", "General Secretary"])], country: host)
        deals = rng.int(2...14)
        billions = rng.int(1...40)
        tenths = rng.int(0...9)
        troops = rng.int(2...90) * 50
        tonnes = rng.int(3...400) * 10
        topic = rng.pick(Topics.all)
        slug = (host.name + "-" + guest.name).lowercased().replacingOccurrences(of: " ", with: "-")
    }

    var monthName: String { NewsCalendar.months[month - 1] }
}

struct Country {
    var name: String
    var capital: String
    var demonym: String
    var style: NameMaker.Style
}

enum Countries {
    static let all: [Country] = [
        Country(name: "Vietnam", capital: "Hanoi", demonym: "Vietnamese", style: .vietnamese),
        Country(name: "United States", capital: "Washington", demonym: "American", style: .anglo),
        Country(name: "Britain", capital: "London", demonym: "British", style: .anglo),
        Country(name: "Australia", capital: "Canberra", demonym: "Australian", style: .anglo),
        Country(name: "Canada", capital: "Ottawa", demonym: "Canadian", style: .anglo),
        Country(name: "Poland", capital: "Warsaw", demonym: "Polish", style: .slavic),
        Country(name: "Serbia", capital: "Belgrade", demonym: "Serbian", style: .slavic),
        Country(name: "Ukraine", capital: "Kyiv", demonym: "Ukrainian", style: .slavic),
        Country(name: "Czech Republic", capital: "Prague", demonym: "Czech", style: .slavic),
        Country(name: "Spain", capital: "Madrid", demonym: "Spanish", style: .iberian),
        Country(name: "Mexico", capital: "Mexico City", demonym: "Mexican", style: .iberian),
        Country(name: "Argentina", capital: "Buenos Aires", demonym: "Argentine", style: .iberian),
        Country(name: "Chile", capital: "Santiago", demonym: "Chilean", style: .iberian),
        Country(name: "Norway", capital: "Oslo", demonym: "Norwegian", style: .nordic),
        Country(name: "Sweden", capital: "Stockholm", demonym: "Swedish", style: .nordic),
        Country(name: "Denmark", capital: "Copenhagen", demonym: "Danish", style: .nordic),
        Country(name: "Iceland", capital: "Reykjavik", demonym: "Icelandic", style: .nordic),
        Country(name: "Jordan", capital: "Amman", demonym: "Jordanian", style: .arabic),
        Country(name: "Egypt", capital: "Cairo", demonym: "Egyptian", style: .arabic),
        Country(name: "Morocco", capital: "Rabat", demonym: "Moroccan", style: .arabic),
        Country(name: "Tunisia", capital: "Tunis", demonym: "Tunisian", style: .arabic),
    ]
}

struct Portfolio {
    var short: String
    var long: String
}

enum Portfolios {
    static let all: [Portfolio] = [
        Portfolio(short: "Defense", long: "National Defence"),
        Portfolio(short: "Foreign", long: "Foreign Affairs"),
        Portfolio(short: "Trade", long: "Industry and Trade"),
        Portfolio(short: "Energy", long: "Energy"),
        Portfolio(short: "Finance", long: "Finance"),
        Portfolio(short: "Health", long: "Health"),
        Portfolio(short: "Interior", long: "Home Affairs"),
        Portfolio(short: "Transport", long: "Transport"),
    ]
}

enum Topics {
    static let all = [
        "maritime security", "rare earth supplies", "tariffs on steel", "a new rail corridor", "vaccine production",
        "grain exports", "undersea cables", "flood defences", "nuclear safety", "fishing rights", "a port expansion",
        "semiconductor investment", "refugee resettlement", "wind power", "cyber defence", "student visas",
    ]
    static let adjectives = [
        "cautious", "broad", "narrow", "ambitious", "stalled", "renewed", "fragile", "long-awaited", "contested",
        "modest", "sweeping", "quiet", "public", "unexpected", "technical", "regional", "bilateral", "difficult",
    ]
    static let nouns = [
        "agreement", "framework", "timeline", "budget", "pipeline", "partnership", "inspection", "corridor",
        "negotiation", "programme", "dispute", "treaty", "committee", "shipment", "deadline", "forecast", "review",
        "memorandum", "consortium", "subsidy", "tariff", "contract", "delegation", "mission",
    ]
    static let verbs = [
        "delay", "reshape", "strengthen", "complicate", "accelerate", "test", "secure", "weaken", "expand",
        "narrow", "protect", "unlock", "revive", "limit", "fund", "streamline",
    ]
    static let places = [
        "the northern provinces", "coastal towns", "the capital's outskirts", "the border region", "the main port",
        "industrial zones", "the river delta", "mountain districts", "the southern highlands", "island communities",
    ]
}

enum Outlets {
    static let heads = ["Daily", "Morning", "Evening", "Global", "National", "Metro", "Harbor", "Capital", "Northern", "Pacific", "Atlantic", "Continental", "Valley", "Lakeside", "Union", "Independent"]
    static let tails = ["Courier", "Herald", "Wire", "Post", "Observer", "Ledger", "Tribune", "Chronicle", "Dispatch", "Gazette", "Times", "Journal", "Monitor", "Bulletin", "Record", "Review"]

    static func make(_ rng: inout SplitMix64, index: Int) -> String {
        rng.pick(heads) + " " + rng.pick(tails) + (rng.chance(20) ? " Online" : "")
    }
}

enum NewsCalendar {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let shortMonths = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// Day of the week (Zeller-style count of days since a known Monday, 2001-01-01).
    static func weekday(year: Int, month: Int, day: Int) -> String {
        let monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var days = 0
        for y in 2001..<year { days += (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 366 : 365 }
        for m in 0..<(month - 1) { days += monthDays[m] + ((m == 1 && year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 1 : 0) }
        days += day - 1
        return weekdays[days % 7]
    }
}
