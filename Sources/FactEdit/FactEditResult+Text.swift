extension FactEditResult {
    /// The terminal report: caught rate per edit kind and overall, false alarms per control,
    /// then every miss and every false alarm with its context. Deterministic (no timings).
    public func text() -> String {
        var lines: [String] = []
        lines.append("factedit: \(sets.count) sets, \(articles) articles, seed \(seed), at most \(perKind) edits per kind per set")
        lines.append("")
        func pad(_ text: String, _ width: Int) -> String { text.count >= width ? text : text + String(repeating: " ", count: width - text.count) }
        func left(_ text: String, _ width: Int) -> String { text.count >= width ? text : String(repeating: " ", count: width - text.count) + text }
        lines.append(pad("edit", 20) + left("edits", 7) + left("caught", 8) + left("rate", 7))
        for score in edits {
            lines.append(pad(score.kind.rawValue, 20) + left("\(score.runs)", 7) + left("\(score.flagged)", 8) + left(score.rate, 7)
                         + (score.shared == nil ? "" : " · " + score.sharedText + " (" + FactEditResult.rate(score.sharedCaught ?? 0, score.shared ?? 0) + ")"))
        }
        lines.append(pad("all edits", 20) + left("\(editRuns)", 7) + left("\(caught)", 8) + left(FactEditResult.rate(caught, editRuns), 7)
                     + "   goal ≥ 0.80")
        if let shared, let sharedCaught {
            let labelled = labelledRuns
            func count(_ label: EditLabels.Label) -> Int { labelled.filter { $0.label == label }.count }
            lines.append("labelled kinds (\(labelledKinds.map(\.rawValue).joined(separator: ", "))): \(labelled.count) edits, "
                         + "\(shared) shared, \(count(.alone)) alone, \(count(.unclear)) unclear, \(labelled.count - shared - count(.alone) - count(.unclear)) unlabelled"
                         + " · labelled shared caught \(sharedCaught)/\(shared) (\(FactEditResult.rate(sharedCaught, shared)))")
        }
        lines.append("")
        lines.append(pad("control", 20) + left("runs", 7) + left("alarms", 8) + left("rate", 7) + left("clean", 7))
        for score in controls {
            lines.append(pad(score.kind.rawValue, 20) + left("\(score.runs)", 7) + left("\(score.flagged)", 8) + left(score.rate, 7)
                         + left(FactEditResult.rate(score.runs - score.flagged, score.runs), 7))
        }
        lines.append(pad("all controls", 20) + left("\(controlRuns)", 7) + left("\(falseAlarms)", 8) + left(FactEditResult.rate(falseAlarms, controlRuns), 7)
                     + left(FactEditResult.rate(controlRuns - falseAlarms, controlRuns), 7) + "   goal clean ≥ 0.98")
        lines.append("")
        lines.append(pad("rule (SARIF)", 20) + left("raised", 7) + left("right", 8) + left("prec.", 7) + "  level")
        for score in rules {
            lines.append(pad(score.rule, 20) + left("\(score.raised)", 7) + left("\(score.right)", 8) + left(score.precision, 7) + "  " + (score.level ?? "—"))
        }
        let missed = misses
        lines.append("")
        lines.append("misses (\(missed.count)):")
        for run in missed { lines += describe(run) }
        let raised = alarms
        lines.append("")
        lines.append("false alarms (\(raised.count)):")
        for run in raised { lines += describe(run) }
        return lines.joined(separator: "\n") + "\n"
    }

    func describe(_ run: EditRun) -> [String] {
        var lines = ["  \(run.kind.rawValue)  \(run.set)/\(run.article) (\(run.path):\(run.line))  “\(run.original)” → “\(run.edited)”"
                     + (run.label.map { "  [labelled \($0.rawValue)]" } ?? "")]
        lines.append("      before: \(run.before)")
        lines.append("      after:  \(run.after)")
        let claims = run.claimsAtEdit.isEmpty ? "none" : run.claimsAtEdit.joined(separator: ", ")
        let found = run.newFindings.isEmpty ? "none" : run.newFindings.prefix(4).joined(separator: "; ") + (run.newFindings.count > 4 ? "; … \(run.newFindings.count - 4) more" : "")
        lines.append("      claims at the edit: \(claims) · new findings: \(found)" + (run.by.map { " · flagged by: \($0)" } ?? ""))
        return lines
    }
}
