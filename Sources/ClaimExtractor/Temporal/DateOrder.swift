/// Day/month order for numeric dates (`03/11/2025`) when nothing in the text decides it.
public enum DateOrder: String, Sendable, Codable, Hashable {
    /// `03/11/2025` is 3 November.
    case dmy
    /// `03/11/2025` is March 11.
    case mdy
}
