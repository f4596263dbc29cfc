import ClaimModel

/// JUnit XML: the set is a test suite, each discrepancy a failed test case, each agreement a passed one.
public struct JUnitRenderer: ReportRenderer {
    public init() {}

    public func render(_ report: Report) -> String {
        let failures = report.findings.filter { $0.status.isDiscrepancy && $0.severity >= .warning }
        var xml: [String] = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>"]
        xml.append("<testsuites name=\"crosscheck\" tests=\"\(report.findings.count)\" failures=\"\(failures.count)\">")
        xml.append("  <testsuite name=\"\(Escaping.xml(report.set))\" tests=\"\(report.findings.count)\" failures=\"\(failures.count)\">")
        for finding in report.findings {
            let name = Escaping.xml("\(finding.kind.rawValue): \(finding.subject) [\(finding.id)]")
            if finding.status.isDiscrepancy && finding.severity >= .warning {
                xml.append("    <testcase classname=\"\(Escaping.xml(report.set)).\(finding.kind.rawValue)\" name=\"\(name)\">")
                xml.append("      <failure type=\"\(finding.status.rawValue)\" message=\"\(Escaping.xml(finding.summary))\">\(Escaping.xml(finding.reason ?? finding.summary))</failure>")
                xml.append("    </testcase>")
            } else {
                xml.append("    <testcase classname=\"\(Escaping.xml(report.set)).\(finding.kind.rawValue)\" name=\"\(name)\"/>")
            }
        }
        xml.append("  </testsuite>")
        xml.append("</testsuites>")
        return xml.joined(separator: "\n") + "\n"
    }
}
