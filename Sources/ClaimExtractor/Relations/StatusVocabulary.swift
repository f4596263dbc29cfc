/// Words of legal and political processes (`charged`, `pleaded guilty`, `resigned`), their
/// denials and markers of time, folded. The lists are data in
/// `Lexicon/Data/en/status-recognizer`, compiled into this type by `crosscheck-lexicon`.
enum StatusVocabulary {}
