/// A date written in the text: `11月2日`, `2017年3月31日`, `2016-05-19`, `十一月二日`.
struct DateMention: Sendable, Equatable {
    /// Index of the first scalar.
    var start: Int
    /// Index after the last scalar.
    var end: Int
    /// The year, when written with the date.
    var year: Int?
    /// Month 1…12.
    var month: Int
    /// Day of the month.
    var day: Int
    /// The date as written.
    var text: String
}
