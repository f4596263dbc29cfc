// The model and the renderers are part of this library's API: `import CrossCheck` gives a
// consumer `Report`, `Finding`, `Claim`, `Article`, `Severity`… and `ReportWriter.render`,
// without naming the modules they live in.
@_exported import ClaimModel
@_exported import ReportWriter
