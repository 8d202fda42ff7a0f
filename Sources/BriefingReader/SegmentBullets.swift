/// Segmentation step: entries opened by a bullet mark (◆区住建局召开建筑工地冬季停工部署会。12月8日
/// 上午，…): each is an item, the mark dropped, its first sentence the headline when it is a short
/// heading sentence before the report. Kept apart from `Segmenter.plan` so that the step can be
/// tested alone.
extension Segmenter {
    static let bullets = Lexicon.scalarSet(Words.characters("item-bullets"))

    /// The items of a page whose entries open with a bullet, or nil when fewer than two do.
    static func bulletItems(_ paragraphs: [Paragraph]) -> Result? {
        let traits = paragraphs.map { Traits($0.text) }
        guard let plan = bulletPlan(count: paragraphs.count, traits: { traits[$0] }, text: { paragraphs[$0].text }) else { return nil }
        return Result(header: plan.header.map { paragraphs[$0] }, items: plan.items.map { $0.draft { paragraphs[$0] } })
    }

    /// `bulletItems` on paragraph numbers.
    static func bulletPlan(count: Int, traits: (Int) -> Traits, text: (Int) -> Scalars) -> Plan? {
        let starts = (0..<count).filter { i in
            guard traits(i).contains(.bullet) else { return false }
            let t = text(i)
            return !DateExtractor.mentions(in: t.sub(1, min(t.count, 80)), texts: false).isEmpty
        }
        guard starts.count >= 2 else { return nil }
        var items: [ItemPlan] = []
        for (k, s) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1] : count
            let whole = text(s)
            var cut = 1
            while cut < whole.count, whole[cut].isSpace { cut += 1 }
            let t = whole.sub(cut, whole.count)
            var split: ItemPlan.Split?
            // 区住建局召开…部署会。12月8日上午，…: a heading sentence, then the report
            if let stop = t.index(of: ["。"], to: 48), stop + 1 < t.count, !t.sub(0, stop).contains(where: { $0 == "，" || $0 == "," }),
                opensReport(t.sub(stop + 1, t.count))
            {
                split = .heading(end: stop)
            }
            items.append(ItemPlan(body: Array(s..<end), cut: cut, split: split))
        }
        return Plan(header: Array(0..<starts[0]), items: items)
    }
}
