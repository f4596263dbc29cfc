import ClaimModel
import Foundation

/// Appends to the file that `$GITHUB_STEP_SUMMARY` names (GitHub shows it on the run's page):
/// appended, not replaced, since other steps write there too.
enum StepSummary {
    static func append(_ text: String, to path: String) throws {
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw CrossCheckError.write(path: path, reason: "cannot create the step summary file")
            }
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw CrossCheckError.write(path: path, reason: String(cString: strerror(errno)))
        }
        defer { try? handle.close() }
        do {
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            throw CrossCheckError.write(path: path, reason: "\(error.localizedDescription)")
        }
    }
}
