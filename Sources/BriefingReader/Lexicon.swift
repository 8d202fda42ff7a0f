/// Word lists for the genre (Chinese government briefings on air-pollution control), read from
/// `Words/*.txt`; lists used for prefix matching are sorted longest first.
enum Lexicon {
    static func words(_ list: [String]) -> [Scalars] {
        list.map { Scalars($0) }.sorted { $0.count > $1.count }
    }

    static func scalarSet(_ s: String) -> ScalarSet { ScalarSet(s) }

    // MARK: titles (职务)

    /// Endings of a 职务. A title is a run of organ words ending in one of these.
    static let titleEndings = WordList(Words.list("title-endings"))

    /// Titles that may follow a name (郭树清省长).
    static let titlesAfterName = words(Words.list("titles-after-name"))

    /// National leaders' titles: a person named with one of these is quoted, not at the meeting.
    static let quotedLeaderTitles = words(Words.list("quoted-leader-titles"))

    /// Words that cannot be part of a title (the title starts after them).
    static let titleStoppers = scalarSet(Words.characters("title-stoppers"))

    /// 百家姓: common surnames (single and double).
    static let surnames = scalarSet(Words.characters("surnames"))

    static let doubleSurnames = WordList(Words.list("double-surnames"))

    /// The same lists with a filter on their first two characters, for the scans at every character.
    static let titleEndingPairs = PairedWordList(Words.list("title-endings"))
    static let doubleSurnamePairs = PairedWordList(Words.list("double-surnames"))

    /// Words that may follow a person's name (a role verb or a function word).
    static let afterName = words(Words.list("after-name"))

    /// The same words as a `WordList`, for tests at a position (one set lookup for most positions,
    /// not a comparison with each of the words).
    static let afterNameList = WordList(Words.list("after-name"))

    /// Role verbs and the role each records.
    static let roles: [(Scalars, String)] = Words.pairs("roles").map { (Scalars($0.0), $0.1) }

    /// Words that are never names, even where a title stands before them (县领导应邀参加).
    static let neverNames = Set(Words.list("never-names").map { Scalars($0) })

    /// Common words that start with a surname character but are not names (明确要求, 高度重视).
    static let notNames: Set<Scalars> = Set(Words.list("not-names").map { Scalars($0) })

    /// The two-character words of `neverNames` and `notNames`, for the test of a name's first two characters.
    static let neverNamePairs = ScalarPairSet(neverNames)
    static let notNamePairs = ScalarPairSet(notNames)

    // MARK: meetings and units

    /// Endings of a meeting's name.
    static let meetingEndings = words(Words.list("meeting-endings"))

    /// The same endings as a `WordList`, for the longest one at a position.
    static let meetingEndingList = WordList(Words.list("meeting-endings"))

    /// Generic names that are not a meeting's name.
    static let genericMeetings = Set(Words.list("generic-meetings"))

    /// Admin-area suffixes that end a unit's name.
    static let placeSuffixes = words(Words.list("place-suffixes"))

    /// Organs that hold meetings of their own (…协作小组第二次会议).
    static let organs = words(Words.list("organs"))

    /// Deictic units (我市, 全区).
    static let deictic = words(Words.list("deictic-units"))

    /// Holders named by their level only (县委、县政府, 市政府); the first character is the level.
    static let unnamedHolders = Set(Words.list("unnamed-holders").map { Scalars($0) })

    // MARK: boilerplate

    static let spamWords = WordList(Words.list("spam-words"))

    static let linkLinePrefixes = WordList(Words.list("link-line-prefixes"))

    static let breadcrumbHeads = WordList(Words.list("breadcrumb-heads"))

    static let editorPrefixes = words(Words.list("editor-prefixes"))

    static let metadataPrefixes = words(Words.list("metadata-prefixes"))

    // MARK: Traditional detection

    /// Characters that occur only in Traditional text, and their Simplified forms.
    static let traditionalOnly = scalarSet(Words.characters("traditional-only"))
    static let simplifiedOnly = scalarSet(Words.characters("simplified-only"))

    // MARK: measures

    /// Classical particles: a quoted term with one of them is an idiom, not a measure.
    static let classicalParticles = scalarSet(Words.characters("classical-particles"))

    /// Idioms and sayings quoted in speeches that are not measures.
    static let idioms = Set(Words.list("idioms"))

    // MARK: topics

    /// Topics in the order of `Words/topics.txt`, each with its keywords in file order.
    static let topics: [(String, [Scalars])] = {
        var out: [(String, [Scalars])] = []
        for (word, topic) in Words.pairs("topics") {
            if let k = out.firstIndex(where: { $0.0 == topic }) {
                out[k].1.append(Scalars(word))
            } else {
                out.append((topic, [Scalars(word)]))
            }
        }
        return out
    }()
}
