/// What an id may hold. Ids are keys: they name records in the journal, in messages and on the
/// screen, and are compared byte for byte, so a replaced character would make a different id.
/// An id (or a reference to one) holding any character `Sanitizer.isUnsafe` flags — C0 controls
/// including tab and newline, DEL, C1, line and paragraph separators, bidi overrides, isolates and
/// direction marks — is refused wherever it comes in (docs/SCHEMA.md).
public enum Identifier {
    public static func isSafe(_ s: String) -> Bool { !Sanitizer.hasControlCharacters(s) }

    /// The refusal every entry gives, after the field or option it names (`--id`, `deals[3].id`).
    public static func refusal(_ lang: Language = .en) -> String {
        lang == .id ? "tidak boleh berisi karakter kendali" : "must not contain control characters"
    }
}
