/// The shape of model designators: letters and digits joined by a hyphen or run together
/// (`C-130`, `S-92`, `T-6`, `F-16`, `Su-30`, `MiG-21`, `A321neo`, `737`).
enum ItemShapes {
    static func isDesignator(_ text: String) -> Bool {
        // An ASCII digit is needed (below); most words have none and are answered from the bytes.
        guard text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) else { return false }
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 2, scalars.count <= 12 else { return false }
        let letters = scalars.filter { $0.properties.isAlphabetic }.count
        let digits = scalars.filter { $0.value >= 48 && $0.value <= 57 }.count
        guard digits >= 1, letters >= 1, scalars[0].properties.isUppercase else { return false }
        return letters <= 6
    }
}
