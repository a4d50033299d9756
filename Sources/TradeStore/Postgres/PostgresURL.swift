/// The text after `scheme://`, without `?options`; nil when there is no scheme.
private func authorityAndPath(_ url: String) -> (Substring, options: Substring)? {
    let u = Substring(url)
    guard let colon = u.firstIndex(of: ":"), u[colon...].hasPrefix("://") else { return nil }
    var rest = u[u.index(colon, offsetBy: 3)...]
    var options: Substring = ""
    if let q = rest.firstIndex(of: "?") { options = rest[q...]; rest = rest[..<q] }
    return (rest, options)
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
        if options.split(separator: "&").contains(where: { $0.hasPrefix("password=") || $0.hasPrefix("?password=") }) { return true }
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
