/// The grammar characters and short words the scanners test one position at a time (年 after a
/// number, 在/于 before a place, 的/了, 一是/一要), read from the `word = role` lists in `Words/`
/// (see `RoleList`). Each is read once; a single character is kept as a `Unicode.Scalar` and a set
/// of them as a `ScalarSet`, so a scanning loop compares as cheaply as it did with literals.
extension Lexicon {
    /// Words/date-marks.txt: 年, 月, 日/号 after a number.
    enum DateMark {
        private static let list = RoleList("date-marks")
        static let year = list.character("year")
        static let month = list.character("month")
        /// 日 (written).
        static let day = list.character("day")
        /// 日 and 号 (as spoken).
        static let days = list.characters("day", "day-spoken")
        /// 份 in 1-10月份.
        static let monthSuffix = list.character("month-suffix")
    }

    /// Words/calendar-words.txt: 今年, 年底, 下旬 ….
    enum CalendarWord {
        private static let list = RoleList("calendar-words")
        static let thisYear = list.word("this-year")
        /// 今年, 本年.
        static let thisYears = list.words(roles: "this-year", "this-year-formal")
        static let nextYear = list.word("next-year")
        /// 去年, 上年.
        static let lastYears = list.words(roles: "last-year", "last-year-formal")
        /// 年底, 年末.
        static let yearEnds = list.words(roles: "year-end", "year-end-formal")
        static let yearEnd = list.word("year-end")
        /// 底, 末 (6月底): one character each.
        static let ends = list.words(roles: "end", "end-formal")
        static let endChars = list.characters("end", "end-formal")
        static let earlyMonth = list.word("early-month")
        static let midMonth = list.word("mid-month")
        static let lateMonth = list.word("late-month")
        static let annual = list.word("annual")
        static let since = list.word("since")
        /// The first characters of 今年, 本年, 明年: where a relative year may start.
        static let relativeYearStarts = ScalarSet(list.words(roles: "this-year", "this-year-formal", "next-year").compactMap(\.first))
    }

    /// Words/prepositions.txt: 在, 到, 从 ….
    enum Prep {
        private static let list = RoleList("prepositions")
        static let at = list.character("at")
        static let atFormal = list.character("at-formal")
        static let until = list.character("until")
        static let untilFormal = list.character("until-formal")
        static let from = list.character("from")
        static let since = list.character("since")
        static let fromFormal = list.character("from-formal")
        static let toward = list.character("toward")
        static let about = list.character("about")
        static let aboutFormal = list.character("about-formal")
        static let than = list.character("than")
        static let thanFormal = list.character("than-formal")
        static let `as` = list.character("as")
        static let by = list.character("by")
    }

    /// Words/localizers.txt: 上, 中, 前, 后, 起.
    enum Localizer {
        private static let list = RoleList("localizers")
        static let on = list.character("on")
        static let `in` = list.character("in")
        static let before = list.character("before")
        static let after = list.character("after")
        static let onward = list.character("onward")
    }

    /// Words/function-words.txt: 的, 了, 和, 我们.
    enum Function {
        private static let list = RoleList("function-words")
        static let possessive = list.character("possessive")
        static let perfective = list.character("perfective")
        static let and = list.character("and")
        static let we = list.word("we")
        static let also = list.character("also")
    }

    /// Words/numeral-marks.txt: 一是, 一要, 第一, 十大, 100多.
    enum NumeralMark {
        private static let list = RoleList("numeral-marks")
        static let listIs = list.character("list-is")
        static let listMust = list.character("list-must")
        static let ordinal = list.character("ordinal")
        static let count = list.character("count")
        static let moreThan = list.characters("more-than", "more-than-formal")
    }

    /// Words/admin-levels.txt: 省市县区, 长/委 after them, 全 before them.
    enum Level {
        private static let list = RoleList("admin-levels")
        static let all = list.characters("province", "city", "county", "district")
        static let city = list.character("city")
        static let county = list.character("county")
        static let district = list.character("district")
        /// 长, 委: a level before one is a title (县长, 市委).
        static let titleEnds = list.characters("head", "committee")
        static let head = list.character("head")
        static let whole = list.character("whole")
    }

    /// Words/meeting-marks.txt: 召开, 会议, 会, 出席, 讲话.
    enum MeetingMark {
        private static let list = RoleList("meeting-marks")
        static let convene = list.word("convene")
        static let meeting = list.word("meeting")
        static let meetingShort = list.character("meeting-short")
        static let attend = list.word("attend")
        static let speech = list.word("speech")
    }

    /// Words/item-marks.txt: 简报, 讯, 日电.
    enum ItemMark {
        private static let list = RoleList("item-marks")
        static let bulletinEntry = list.word("bulletin-entry")
        static let newsDateline = list.character("news-dateline")
        static let wireDateline = list.word("wire-dateline")
    }

    /// Words/boilerplate-marks.txt: 备案…号, 共印…份.
    enum BoilerplateMark {
        private static let list = RoleList("boilerplate-marks")
        static let record = list.word("record")
        static let recordNumber = list.character("record-number")
        static let printRun = list.word("print-run")
        static let copies = list.character("copies")
    }
}
