/// Where the store lives: `--db PATH`, else `$TONGBAO_DB`, else `tongbao.sqlite` in the working
/// directory. The CLI passes the flag and its environment in; nothing here reads either.
public enum StoreLocation {
    /// The environment variable naming the store.
    public static let environmentKey = "TONGBAO_DB"
    /// The file name used when neither the flag nor the variable is set.
    public static let defaultFileName = "tongbao.sqlite"

    /// The path to open: the flag wins, then a non-empty `TONGBAO_DB`, then the default name.
    public static func resolve(flag: String?, environment: [String: String]) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let env = environment[environmentKey], !env.isEmpty { return env }
        return defaultFileName
    }
}
