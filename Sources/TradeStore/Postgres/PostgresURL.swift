/// The text after `scheme://`, without `?options`; nil when there is no scheme.
private func authorityAndPath(_ url: String) -> (Substring, options: Substring)? {
    let u = Substring(url)
    guard let colon = u.firstIndex(of: ":"), u[colon...].hasPrefix("://") else { return nil }
    var rest = u[u.index(colon, offsetBy: 3)...]
    var options: Substring = ""
    if let q = rest.firstIndex(of: "?") { options = rest[q...]; rest = rest[..<q] }
    return (rest, options)
}

/// A location that looks meant for PostgreSQL but is not libpq's URI form (`postgresql:/db`,
/// `POSTGRESQL://…`): refused, never taken for a file name.
public func looksLikeMistypedPostgresURL(_ s: String) -> Bool {
    let lower = s.lowercased()
    guard lower.hasPrefix("postgres") || lower.hasPrefix("pgsql") || lower.hasPrefix("psql") else { return false }
    return !(s.hasPrefix("postgresql://") || s.hasPrefix("postgres://"))
}

/// A PostgreSQL URL as it may be shown: `postgresql://host/db` with no user, password or options.
public enum PostgresURL {
    public static func display(_ url: String) -> String {
        guard var (rest, _) = authorityAndPath(url) else { return "postgresql://…" }
        if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
        return "postgresql://" + rest
    }

    /// The user named in the URL, if any (never the password).
    public static func user(_ url: String) -> String? {
        guard let (rest, _) = authorityAndPath(url), let at = rest.lastIndex(of: "@") else { return nil }
        let cred = rest[..<at]
        let user = cred.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
        return user.isEmpty ? nil : user.removingPercentEncoding()
    }

    /// True when the URL itself holds a password (refused: passwords come from PGPASSWORD or ~/.pgpass).
    public static func hasPassword(_ url: String) -> Bool {
        guard let (rest, options) = authorityAndPath(url) else { return false }
        // libpq reads percent-encoded keys too (`pass%77ord=`), and `sslpassword` is a secret as well.
        let keys = options.dropFirst().split(separator: "&").map { String($0.prefix { $0 != "=" }).removingPercentEncoding().lowercased() }
        if keys.contains(where: { $0 == "password" || $0 == "sslpassword" }) { return true }
        guard let at = rest.lastIndex(of: "@") else { return false }
        return rest[..<at].contains(":")
    }
}

extension String {
    func removingPercentEncoding() -> String {
        var out: [UInt8] = []
        var it = Array(utf8)[...]
        while let c = it.popFirst() {
            if c == UInt8(ascii: "%"), it.count >= 2, let v = UInt8(String(decoding: it.prefix(2), as: UTF8.self), radix: 16) {
                out.append(v)
                it = it.dropFirst(2)
            } else {
                out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
