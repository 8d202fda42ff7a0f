/// Segmentation step: entries opened by a bullet mark (◆区住建局召开建筑工地冬季停工部署会。12月8日
/// 上午，…): each is an item, the mark dropped, its first sentence the headline when it is a short
/// heading sentence before the report. Kept apart from `Segmenter.segment` so that the step can be
/// tested alone.
extension Segmenter {
    private static let bullets = Lexicon.scalarSet(Words.characters("item-bullets"))

    /// The items of a page whose entries open with a bullet, or nil when fewer than two do.
    static func bulletItems(_ paragraphs: [Paragraph]) -> Result? {
        let starts = paragraphs.indices.filter { i in
            let t = paragraphs[i].text
            guard let f = t.first, bullets.contains(f) else { return false }
            return !DateExtractor.mentions(in: t.sub(1, min(t.count, 80))).isEmpty
        }
        guard starts.count >= 2 else { return nil }
        var items: [ItemDraft] = []
        for (k, s) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1] : paragraphs.count
            var first = paragraphs[s]
            var t = first.text.sub(1, first.text.count)
            while let c = t.first, c.isSpace { t = t.sub(1, t.count) }
            first.text = t
            var headline: Paragraph?
            // 区住建局召开…部署会。12月8日上午，…: a heading sentence, then the report
            if let stop = t.index(of: ["。"], to: 48), stop + 1 < t.count, !t.sub(0, stop).contains(where: { $0 == "，" || $0 == "," }),
                opensReport(t.sub(stop + 1, t.count))
            {
                var h = first
                h.text = t.sub(0, stop)
                headline = h
                first.text = t.sub(stop + 1, t.count)
            }
            items.append(ItemDraft(headline: headline, body: [first] + Array(paragraphs[(s + 1)..<end])))
        }
        return Result(header: Array(paragraphs[0..<starts[0]]), items: items)
    }
}
