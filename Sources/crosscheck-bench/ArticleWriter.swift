/// One outlet's article about an event: a dateline, a lead naming who met whom, titles,
/// figures, quotes, attributions, background paragraphs. Each outlet varies: it may use
/// another title, drop diacritics, round or misreport a figure, leave a person out, or
/// report someone absent.
struct ArticleWriter {
    let event: Event
    let outlet: String
    let others: [String]
    let number: Int

    func write(_ rng: inout SplitMix64) -> String {
        let plainNames = rng.chance(25)
        func name(_ role: Event.Role) -> String { plainNames ? NameMaker.plain(role.person.full) : role.person.full }
        func short(_ role: Event.Role) -> String { plainNames ? NameMaker.plain(role.person.short) : role.person.short }
        func title(_ role: Event.Role, _ rng: inout SplitMix64) -> String {
            rng.chance(70) ? role.titles[0] : rng.pick(role.titles)
        }
        let e = event
        let leader = e.hostLeader, minister = e.hostMinister, guest = e.guestMinister
        let aide = e.guestAide, spokesperson = e.spokesperson, analyst = e.analyst, absentee = e.absentee
        let guestTitle = title(guest, &rng), ministerTitle = title(minister, &rng)
        // Figures: most outlets agree, some differ.
        let deals = rng.chance(85) ? e.deals : e.deals + rng.int(1...3)
        let billions = rng.chance(85) ? e.billions : e.billions + rng.int(1...5)
        let troops = rng.chance(85) ? e.troops : e.troops + 50 * rng.int(1...4)
        let other = others.count > 1 ? others[(number + 1) % others.count] : "Reuters"

        var body: [String] = []
        // Dateline and lead.
        let dateline: String
        switch rng.below(3) {
        case 0: dateline = "\(e.city.uppercased()), \(NewsCalendar.shortMonths[e.month - 1]) \(e.day) (\(outlet)) - "
        case 1: dateline = "On \(e.monthName) \(e.day), \(e.year) – "
        default: dateline = "\(e.city.uppercased()) — "
        }
        let verb = rng.pick(["met", "met with", "held talks with", "sat down with"])
        body.append(dateline + "\(e.guest.demonym) \(guestTitle) \(name(guest)) \(verb) \(ministerTitle) \(name(minister)) in \(e.city) on \(e.weekday), in the first visit by a \(e.guest.demonym) \(guest.titles[1].lowercased()) since \(e.year - rng.int(2...11)), as both governments tried to settle \(e.topic).")
        if rng.chance(80) {
            body.append("\(short(guest)) was later received by \(title(leader, &rng)) \(name(leader)) at the presidential palace, officials said.")
        }
        if rng.chance(65) {
            body.append("\(short(guest)) was accompanied by \(title(aide, &rng)) \(name(aide)), who is leading the technical talks on \(e.topic).")
        }
        if rng.chance(45) {
            body.append(rng.pick([
                "\(short(guest)) did not meet \(absentee.titles[0]) \(name(absentee)), according to \(other).",
                "The delegation bypassed \(absentee.titles[0]) \(name(absentee)), a decision \(other) described as deliberate.",
                "\(absentee.titles[0]) \(name(absentee)) was absent from the talks, according to two officials.",
            ]))
        }
        var paragraphs: [String] = [body.joined(separator: " ")]

        // Figures.
        var figures: [String] = []
        switch e.kind {
        case .defenseVisit:
            figures.append("The two sides signed \(deals) agreements, including a plan to station \(troops.formatted3) troops for joint exercises in \(rng.pick(Topics.places)).")
        case .tradeTalks, .energyDeal:
            figures.append("The \(deals) agreements signed on \(e.weekday) are worth $\(billions).\(e.tenths) billion, the \(e.host.demonym) trade ministry said.")
        case .summit:
            figures.append("Leaders of \(deals + 10) countries attended the summit, which closed with a joint statement on \(e.topic) and a pledge of $\(billions) billion.")
        case .disasterAid:
            figures.append("\(e.guest.name) pledged \(e.tonnes.formatted3) tonnes of supplies and $\(billions) million in aid after floods displaced \((troops * 20).formatted3) people in \(rng.pick(Topics.places)).")
        case .courtRuling:
            figures.append("The court ordered the government to pay $\(billions).\(e.tenths) million to \(deals * 100 + troops) claimants, ending a case that began in \(e.year - rng.int(3...9)).")
        }
        figures.append("The talks on \(e.monthName) \(e.day), \(e.year) followed \(rng.int(2...9)) rounds of \(rng.pick(Topics.adjectives)) negotiations over \(rng.int(3...30)) months.")
        paragraphs.append(figures.joined(separator: " "))

        // Quotes and attributions.
        let quotes = rng.int(1...3)
        var quoted: Set<Int> = []
        for _ in 0..<quotes {
            let which = rng.below(4)
            let speaker = [guest, minister, leader, spokesperson][which]
            // Named in full with a title the first time, by the short name after.
            let who = which == 0 || !quoted.insert(which).inserted ? short(speaker) : "\(title(speaker, &rng)) \(name(speaker))"
            let line = "“" + sentence(&rng, capital: true) + ",” " + who + " " + rng.pick(["said", "told reporters", "said in a statement", "added"]) + "."
            paragraphs.append(line + (rng.chance(50) ? " " + sentence(&rng, capital: true) + "." : ""))
        }
        if rng.chance(70) {
            paragraphs.append("\(spokesperson.titles[rng.below(spokesperson.titles.count)].capitalizedFirst) \(name(spokesperson)) said the \(rng.pick(Topics.nouns)) would \(rng.pick(Topics.verbs)) the \(rng.pick(Topics.nouns)) by \(NewsCalendar.months[rng.below(12)]) \(e.year + 1), according to \(rng.pick(others)).")
        }
        if rng.chance(60) {
            paragraphs.append("“It is \(rng.pick(Topics.adjectives)), but it is not \(rng.pick(Topics.adjectives)),” said \(name(analyst)), an \(analyst.titles[rng.below(analyst.titles.count)]) at the \(rng.pick(Outlets.heads)) Institute in \(e.guest.capital). \(short(analyst)) said \(e.guest.demonym) officials expected \(rng.int(2...12)) more visits before \(e.year + 1).")
        }

        // Background: many different sentences from the word tables.
        for _ in 0..<rng.int(4...8) {
            var sentences: [String] = []
            for _ in 0..<rng.int(2...5) { sentences.append(sentence(&rng, capital: true) + ".") }
            paragraphs.append(sentences.joined(separator: " "))
        }
        if rng.chance(50) {
            paragraphs.append("\(short(guest)) is due to travel to \(rng.pick(Countries.all).capital) on \(NewsCalendar.weekdays[rng.below(7)]) for \(rng.pick(Topics.adjectives)) talks on \(rng.pick(Topics.all)).")
        }

        let headline = "\(e.guest.demonym) \(guest.titles[1].lowercased()) visits \(e.city) as talks on \(e.topic) resume"
        let published = "\(e.year)-\(pad(e.month))-\(pad(min(28, e.day + rng.below(2))))"
        return "---\noutlet: \(outlet)\npublished: \(published)\ntitle: \(headline)\n---\n" + paragraphs.joined(separator: "\n\n") + "\n"
    }

    /// A background sentence from the word tables, without its final stop.
    func sentence(_ rng: inout SplitMix64, capital: Bool) -> String {
        let t = Topics.self
        switch rng.below(8) {
        case 0: return "Analysts said the \(rng.pick(t.adjectives)) \(rng.pick(t.nouns)) could \(rng.pick(t.verbs)) the \(rng.pick(t.nouns)) in \(rng.pick(t.places))"
        case 1: return "The \(rng.pick(t.nouns)) covers \(rng.int(2...60)) projects and \(rng.int(100...9000).formatted3) jobs, mostly in \(rng.pick(t.places))"
        case 2: return "Officials expect the \(rng.pick(t.nouns)) to \(rng.pick(t.verbs)) \(article(rng.pick(t.adjectives)).lowercased()) \(rng.pick(t.nouns)) on \(rng.pick(t.all))"
        case 3: return "We will \(rng.pick(t.verbs)) the \(rng.pick(t.nouns)) and we will not \(rng.pick(t.verbs)) our \(rng.pick(t.nouns))"
        case 4: return "About \(rng.int(10...95)) percent of the \(rng.pick(t.nouns)) has been spent since \(NewsCalendar.months[rng.below(12)])"
        case 5: return "Critics in \(rng.pick(t.places)) called the \(rng.pick(t.nouns)) \(rng.pick(t.adjectives)) and asked for \(article(rng.pick(t.adjectives)).lowercased()) \(rng.pick(t.nouns))"
        case 6: return "\(article(rng.pick(t.adjectives))) \(rng.pick(t.nouns)) on \(rng.pick(t.all)) is planned for \(rng.int(2027...2031))"
        default: return "The \(rng.pick(t.nouns)) was \(rng.pick(["signed", "announced", "delayed", "revised", "approved"])) after \(rng.int(2...19)) hours of talks"
        }
    }

    /// `a broad`, `an ambitious`.
    func article(_ adjective: String) -> String {
        (adjective.first.map { "aeiou".contains($0) } ?? false ? "An " : "A ") + adjective
    }

    func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

extension Int {
    /// `12500` → `12,500`.
    var formatted3: String {
        let digits = Array(String(self))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
