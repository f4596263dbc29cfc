import ClaimModel

/// JUnit XML, as CI systems (GitHub, GitLab, Jenkins) display test results.
///
/// One `<testsuite>` per set. In it: a `read` test case (an `<error>` per article that could
/// not be read); a test case per discrepancy, which fails when the finding is new and at or
/// above the threshold, is `<skipped>` when the baseline acknowledges it (the message gives
/// the reason), and passes otherwise (new but below the threshold); and a test case per stale
/// baseline entry, failing under `--strict` and skipped otherwise. `compare --format junit`
/// renders one set with an empty baseline and the threshold `warning`.
///
/// Attributes follow the common JUnit schema (Jenkins' `junit-10.xsd`): `<testsuites>` has
/// `tests`, `failures`, `errors` and `time` (no `skipped`, which that schema rejects there);
/// each `<testsuite>` adds `skipped`, `time` and `file` (the set folder); a finding's
/// `<testcase>` has the `file` and `line` of its first cited place. `time` is the set's
/// measured seconds when the caller gives them (`crosscheck check`), else 0, so that
/// `compare --format junit` stays byte-for-byte deterministic.
public struct JUnitRenderer: ReportRenderer {
    public init() {}

    public func render(_ report: Report) -> String {
        render(sets: [CheckedSet(report: report, errors: report.diagnostics.filter { $0.level == .error }.map(\.rendered))])
    }

    struct Suite {
        var name: String
        var file: String
        var time: Double
        var cases: [String] = []
        var tests = 0
        var failures = 0
        var errors = 0
        var skipped = 0
    }

    public func render(sets: [CheckedSet]) -> String {
        var suites: [Suite] = []
        for set in sets {
            let name = set.report.set
            var suite = Suite(name: name, file: set.folder, time: set.seconds ?? 0)
            // Reading.
            suite.tests += 1
            let readName = "read \(set.report.articles.count) article\(set.report.articles.count == 1 ? "" : "s")"
            if set.errors.isEmpty {
                suite.cases.append("    <testcase classname=\"\(x("crosscheck.\(name)"))\" name=\"\(x(readName))\"/>")
            } else {
                suite.errors += 1
                var lines = ["    <testcase classname=\"\(x("crosscheck.\(name)"))\" name=\"\(x(readName))\">"]
                lines.append("      <error type=\"unreadable\" message=\"\(x(set.errors[0]))\">\(x(set.errors.joined(separator: "\n")))</error>")
                lines.append("    </testcase>")
                suite.cases.append(lines.joined(separator: "\n"))
            }
            // Discrepancies.
            for finding in set.discrepancies {
                suite.tests += 1
                let locations = EvidenceLocation.all(finding, in: set.report)
                let place = locations.first.map { " file=\"\(x($0.path))\"" + ($0.fileLine.map { " line=\"\($0)\"" } ?? "") } ?? ""
                let open = "    <testcase classname=\"\(x("crosscheck.\(name).\(finding.kind.rawValue)"))\" name=\"\(x("\(finding.status.rawValue): \(finding.subject) [\(finding.id)]"))\"\(place)"
                let places = locations.map { "\($0.rendered): \(ReportText.clip($0.text, 200))" }
                let detail = ([finding.summary] + (finding.reason.map { [$0] } ?? []) + places).joined(separator: "\n")
                if set.blocks(finding) {
                    suite.failures += 1
                    suite.cases.append([
                        open + ">",
                        "      <failure type=\"new-\(finding.status.rawValue)\" message=\"\(x("new \(finding.severity.rawValue): \(finding.summary)"))\">\(x(detail))</failure>",
                        "    </testcase>",
                    ].joined(separator: "\n"))
                } else if let reason = set.acknowledged[finding.id] {
                    suite.skipped += 1
                    suite.cases.append(open + ">\n      <skipped message=\"\(x("acknowledged in the baseline" + (reason.map { ": \($0)" } ?? "")))\"/>\n    </testcase>")
                } else {
                    suite.cases.append(open + ">\n      <system-out>\(x("new \(finding.severity.rawValue), below --fail-on \(set.failOn.rawValue)\n" + detail))</system-out>\n    </testcase>")
                }
            }
            // Stale baseline entries.
            for entry in set.stale {
                suite.tests += 1
                let open = "    <testcase classname=\"\(x("crosscheck.\(name).baseline"))\" name=\"\(x("stale: \(entry.id)" + (entry.subject.map { " (\($0))" } ?? "")))\">"
                let message = "\(set.baselinePath): \(entry.id) is acknowledged but no longer found; run `crosscheck baseline` to drop it"
                if set.strict {
                    suite.failures += 1
                    suite.cases.append(open + "\n      <failure type=\"stale-baseline\" message=\"\(x(message))\">\(x(message))</failure>\n    </testcase>")
                } else {
                    suite.skipped += 1
                    suite.cases.append(open + "\n      <skipped message=\"\(x(message))\"/>\n    </testcase>")
                }
            }
            suites.append(suite)
        }
        var xml: [String] = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>"]
        let total = suites.reduce(into: (0, 0, 0, 0.0)) { $0.0 += $1.tests; $0.1 += $1.failures; $0.2 += $1.errors; $0.3 += $1.time }
        xml.append("<testsuites name=\"crosscheck\" tests=\"\(total.0)\" failures=\"\(total.1)\" errors=\"\(total.2)\" time=\"\(seconds(total.3))\">")
        for suite in suites {
            let file = suite.file.isEmpty ? "" : " file=\"\(x(suite.file))\""
            xml.append("  <testsuite name=\"\(x(suite.name))\" tests=\"\(suite.tests)\" failures=\"\(suite.failures)\" errors=\"\(suite.errors)\" skipped=\"\(suite.skipped)\" time=\"\(seconds(suite.time))\"\(file)>")
            xml.append(contentsOf: suite.cases)
            xml.append("  </testsuite>")
        }
        xml.append("</testsuites>")
        return xml.joined(separator: "\n") + "\n"
    }

    /// Seconds with three decimals, from whole milliseconds (no locale, no exponent).
    func seconds(_ value: Double) -> String {
        let millis = max(0, Int((value * 1000).rounded()))
        let fraction = String(millis % 1000)
        return "\(millis / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    /// XML text: escaped, and without the scalars XML 1.0 forbids (U+FFFE, U+FFFF).
    func x(_ text: String) -> String {
        Escaping.xml(text).replacingOccurrences(of: "\u{FFFE}", with: "\u{FFFD}").replacingOccurrences(of: "\u{FFFF}", with: "\u{FFFD}")
    }
}
