extension Finding {
    /// A finding read back as it was written (a cache entry): the id, values and evidence are
    /// taken as stored, since they were normalised, sorted and hashed when the finding was
    /// made. The memberwise path hashes the id again (SHA-256) and re-sorts every list, which
    /// was about a twentieth of a warm `check` that otherwise hashes nothing.
    public init(storedID id: String, kind: FindingKind, status: FindingStatus, severity: Severity, subject: String,
                entity: String?, summary: String, reason: String?, values: [String: [String]], evidence: [String: [Evidence]]) {
        self.id = id
        self.kind = kind
        self.status = status
        self.severity = severity
        self.subject = subject
        self.entity = entity
        self.summary = summary
        self.reason = reason
        self.values = values
        self.evidence = evidence
    }
}
