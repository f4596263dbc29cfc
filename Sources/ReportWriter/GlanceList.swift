import ClaimModel

/// The discrepancies the Markdown report lists at a glance, in the order it lists them (most
/// salient first, ties in report order; minor only-in findings and repeats left out; none for
/// a set of one article). Judges of the first screen read this list, so they see what a reader
/// sees.
public enum GlanceList {
    public static func findings(_ report: Report) -> [Finding] {
        StoryText.glanceList(report)
    }
}
