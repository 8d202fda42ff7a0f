/// One item as segmentation found it: an optional headline and its body paragraphs.
struct ItemDraft: Sendable, Equatable {
    /// The item's own headline, where it has one.
    var headline: Paragraph?
    /// Body paragraphs (the 简报 marker or 本报讯 line included).
    var body: [Paragraph]

    /// First original line.
    var first: Int { headline?.first ?? body.first?.first ?? 0 }
    /// Last original line.
    var last: Int { body.last?.last ?? headline?.last ?? 0 }
    /// Some lines were Traditional.
    var traditional: Bool { (headline?.traditional ?? false) || body.contains { $0.traditional } }
}
