import ReportModel
import Typesetting

/// What every issued document kind (周通报, 月排名) takes from the layout's furniture: the
/// bulletin's name, the issuing office and the 抄送 line. Their end block and PDF metadata are
/// made the same way from these.
protocol IssuedSettings {
    var bulletinName: String { get }
    var office: String { get }
    var copyTo: String { get }
}

extension IssuedSettings {
    /// The end block: 抄送, the printing office and the print date (`print_date` wording).
    func endBlock<V: DateVariables>(issued date: CivilDate, wording: Wording<V>) -> Block {
        .endBlock(
            EndBlock(copyTo: copyTo, printer: office, printDate: wording.render("print_date", DateWording.context(date))))
    }

    /// The PDF's metadata: the office as author, the bulletin as subject, created at 08:00
    /// Beijing time of the issue date.
    func metadata(title: String, keywords: String, issued date: CivilDate) -> DocumentMetadata {
        DocumentMetadata(
            title: title, author: office, subject: bulletinName, keywords: keywords,
            creationDate: date.iso + "T08:00:00+08:00")
    }
}

extension WeeklyNoticeSettings: IssuedSettings {}
extension MonthlyRankingSettings: IssuedSettings {}
