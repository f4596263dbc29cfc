import ClaimModel
import Foundation
import ReportWriter
import Testing

/// Headless Chromium, when a `chromium` binary is on PATH (test tooling only, never a
/// product dependency: `apt-get install chromium`). Without it these tests are skipped.
enum Browser {
    static let path: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        for folder in folders {
            let candidate = "\(folder)/chromium"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    /// Loads a local file headless; returns the serialized DOM after scripts ran and the
    /// browser's log, in which every console message and CSP violation is an `INFO:CONSOLE` line.
    static func load(_ file: String) throws -> (dom: String, console: [String]) {
        let folder = Fixtures.temporaryFolder("crosscheck-browser")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outPath = folder + "/dom.html"
        let errPath = folder + "/log.txt"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let process = Process()
        // `timeout` only guards against a hung browser; nothing here measures time.
        let guardTool = "/usr/bin/timeout"
        let arguments = [
            path!, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--disable-background-networking", "--enable-logging=stderr", "--v=0", "--user-data-dir=\(folder)/profile",
            "--dump-dom", URL(fileURLWithPath: file).absoluteString,
        ]
        if FileManager.default.isExecutableFile(atPath: guardTool) {
            process.executableURL = URL(fileURLWithPath: guardTool)
            process.arguments = ["120"] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: arguments[0])
            process.arguments = Array(arguments.dropFirst())
        }
        process.standardOutput = FileHandle(forWritingAtPath: outPath)
        process.standardError = FileHandle(forWritingAtPath: errPath)
        try process.run()
        process.waitUntilExit()
        let dom = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let log = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return (dom, log.split(separator: "\n").map(String.init).filter { $0.contains(":CONSOLE") })
    }
}

@Suite(.serialized, .enabled(if: Browser.path != nil, "chromium is not on PATH: headless browser checks skipped (apt-get install chromium to run them)"))
struct BrowserTests {
    /// The check itself works: a remote load blocked by the policy shows in the log.
    @Test func aBlockedRemoteLoadIsNoticed() throws {
        let folder = Fixtures.temporaryFolder("crosscheck-canary")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let page = folder + "/canary.html"
        Fixtures.write(
            "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\"></head><body><img src=\"http://example.invalid/x.png\"></body></html>",
            to: page)
        let result = try Browser.load(page)
        #expect(result.console.contains { $0.contains("example.invalid") }, "chromium did not report the blocked load; the browser checks cannot be trusted")
    }

    @Test func bundledReportLoadsWithoutConsoleMessagesOrRemoteLoads() throws {
        let page = Fixtures.reports + "/hanoi-defense-visit-2025.html"
        let result = try Browser.load(page)
        #expect(result.console.isEmpty, "console messages: \(result.console.joined(separator: "\n"))")
        // The script ran under the policy: it marks the page and shows the filters.
        #expect(result.dom.contains("<html lang=\"en\" class=\"js\">"))
        #expect(result.dom.contains("<form id=\"filters\">"))
        #expect(result.dom.contains("<mark class=\"s-"))
    }

    @Test func hostileReportLoadsInert() throws {
        let folder = Fixtures.temporaryFolder("crosscheck-hostile")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let page = folder + "/hostile.html"
        Fixtures.write(HTMLRenderer().render(try HostileInputTests.hostileReport()), to: page)
        let result = try Browser.load(page)
        #expect(result.console.isEmpty, "console messages: \(result.console.joined(separator: "\n"))")
        let dom = result.dom.lowercased()
        for element in ["<img", "<iframe", "<textarea", "<b>", "<svg onload"] { #expect(!dom.contains(element), "the browser built \(element)") }
        #expect(dom.components(separatedBy: "<script").count == 2)
    }
}
