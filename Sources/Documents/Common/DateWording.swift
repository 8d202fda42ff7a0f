import Foundation
import ReportModel
import WordLists

/// Dates as a Chinese document prints them: 2016年12月31日 / 12月31日, never ISO.
enum DateWording {
    /// Mustache context for a date: `year`, `month`, `day` (no zero padding, as GB/T 9704 writes dates).
    static func context<V: DateVariables>(_ date: CivilDate) -> WordingContext<V> {
        [.year: date.year, .month: date.month, .day: date.day]
    }

    /// Whether a sentence opens with its date (5月18日上午，… / 2016年11月1日，… / 11月2日，…).
    static func startsWithDate(_ text: String) -> Bool {
        openings.contains { text.range(of: $0, options: .regularExpression) != nil }
    }

    /// Whether a clause of the sentence opens with a date of its own (…，11月13日至15日，… / …，
    /// 11月下旬，…), not a time limit (12月10日前).
    static func containsDate(_ text: String) -> Bool {
        Condense.clauses(text).contains { c in phrases.contains { c.text.range(of: $0, options: .regularExpression) != nil } }
    }

    private static let openings = WordLists.list("date-openings", in: .module)
    private static let phrases = WordLists.list("date-phrases", in: .module)
    private static let asides = WordLists.list("date-asides", in: .module)

    /// `（2019年1月8日）7日下午，县政府召开…` → `县政府召开…`: the dates the notice says itself.
    static func strippingAsides(_ text: String) -> String {
        var t = text
        var changed = true
        while changed {
            changed = false
            for a in asides {
                if let r = t.range(of: a, options: .regularExpression) {
                    t.removeSubrange(r)
                    changed = true
                }
            }
        }
        return t
    }

    /// Every ISO date (2016-12-31) in `text` written the Chinese way through the layout's `date` wording.
    static func replacingISODates(in text: String, render: (CivilDate) -> String) -> String {
        var out = text
        while let r = out.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression) {
            guard let d = CivilDate(iso: String(out[r])) else { break }
            out.replaceSubrange(r, with: render(d))
        }
        return out
    }
}
