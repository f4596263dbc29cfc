import ClaimModel

/// `participant` and `absence` findings: who each article says took part, and who it says
/// did not.
///
/// For every person in a meeting, hosting, accompaniment or absence claim:
/// - reported absent by some article → an `absence` finding: `conflict` when another article
///   has them taking part, `agree` when two or more report the absence, `only-in` otherwise;
/// - otherwise a `participant` finding: `agree` when two or more articles report them taking
///   part, `variant` when one states it and another only expects it, `only-in` when one does.
struct ParticipationRule: FindingRule {
    struct Fact {
        var value: String
        var claim: Claim
        var counterpart: String?
    }

    func findings(in context: ComparisonContext) -> [Finding] {
        var facts: [String: [String: [Fact]]] = [:]
        func add(_ person: String?, _ value: String, _ claim: Claim, counterpart: String?) {
            guard let person else { return }
            facts[person, default: [:]][claim.article, default: []].append(Fact(value: value, claim: claim, counterpart: counterpart))
        }
        for claim in context.claims where [.meeting, .accompaniment, .absence].contains(claim.kind) {
            let hedge = claim.hedged == true ? " (expected)" : ""
            switch claim.kind {
            case .meeting:
                let verb = claim.slots.verb ?? "met"
                add(claim.slots.actor, (verb == "hosted" ? "hosted" : "met") + hedge, claim, counterpart: claim.slots.counterpart)
                add(claim.slots.counterpart, (verb == "hosted" ? "was hosted" : "met") + hedge, claim, counterpart: claim.slots.actor)
            case .accompaniment:
                add(claim.slots.actor, "was accompanied" + hedge, claim, counterpart: claim.slots.counterpart)
                add(claim.slots.counterpart, "accompanied" + hedge, claim, counterpart: claim.slots.actor)
            case .absence:
                add(claim.slots.person, "absent" + hedge, claim, counterpart: claim.slots.actor)
            default:
                break
            }
        }
        var findings: [Finding] = []
        for person in facts.keys.sorted() {
            let perArticle = facts[person]!
            let name = context.name(person)
            let values = perArticle.mapValues { Array(Set($0.map(\.value))).sorted() }
            let evidence = perArticle.mapValues { $0.map(\.claim.evidence) }
            let absent = perArticle.filter { $0.value.contains { $0.value.hasPrefix("absent") } }.keys.sorted()
            let present = perArticle.filter { $0.value.contains { !$0.value.hasPrefix("absent") } }.keys.sorted()
            let firm = perArticle.filter { $0.value.contains { !$0.value.hasPrefix("absent") && !$0.value.hasSuffix("(expected)") } }.keys.sorted()
            let outlets = { (ids: [String]) in ids.map(context.outlet).joinedAsList() }
            let counterparts = Array(Set(perArticle.values.flatMap { $0.compactMap(\.counterpart) }.filter { $0 != person }.map(context.name))).sorted()
            let with = counterparts.isEmpty ? "" : " (with \(counterparts.joinedAsList()))"
            if !absent.isEmpty {
                let status: FindingStatus
                let summary: String
                var reason: String? = nil
                let contradicting = present.filter { !absent.contains($0) || true }.filter { article in
                    perArticle[article]!.contains { !$0.value.hasPrefix("absent") && !$0.value.hasSuffix("(expected)") }
                }
                if !contradicting.isEmpty && !(Set(contradicting) == Set(absent) && contradicting.count == 1) {
                    status = .conflict
                    summary = "\(outlets(absent)) report\(absent.count == 1 ? "s" : "") \(name) absent; \(outlets(contradicting)) report\(contradicting.count == 1 ? "s" : "") \(name) taking part"
                    reason = "an absence and a participation for the same person"
                } else if absent.count >= 2 {
                    status = .agree
                    summary = "\(outlets(absent)) all report \(name) absent"
                } else {
                    status = .onlyIn
                    summary = "Only \(outlets(absent)) reports \(name) absent or bypassed"
                }
                let severity: Severity = status == .conflict ? .error : status == .onlyIn ? .warning : .info
                findings.append(Finding(
                    kind: .absence, status: status, severity: context.configuration.severity(.absence, status, default: severity),
                    subject: name, subjectKey: person, entity: person, summary: summary, reason: reason, values: values, evidence: evidence))
                continue
            }
            let status: FindingStatus
            let summary: String
            var reason: String? = nil
            if present.count >= 2 {
                if firm.count == present.count || firm.count == 0 {
                    status = .agree
                    summary = "\(outlets(present)) report \(name) taking part\(with)"
                } else {
                    status = .variant
                    summary = "\(outlets(firm)) report\(firm.count == 1 ? "s" : "") \(name) taking part; the others only expect it\(with)"
                    reason = "a firm statement and a hedged one (expected, planned, possible)"
                }
            } else {
                status = .onlyIn
                summary = "Only \(outlets(present)) reports \(name) taking part\(with)"
            }
            let severity: Severity = status == .onlyIn ? .warning : .info
            findings.append(Finding(
                kind: .participant, status: status, severity: context.configuration.severity(.participant, status, default: severity),
                subject: name, subjectKey: person, entity: person, summary: summary, reason: reason, values: values, evidence: evidence))
        }
        return findings
    }
}
