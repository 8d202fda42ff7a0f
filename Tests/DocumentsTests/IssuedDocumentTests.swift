import Testing

@testable import Documents

/// A sentence saying the meeting issued a named document (印发了《…方案》) is a deployed plan the
/// entry quotes (issue 12 audit: 2016-W44 宝鸡's 工作方案 was left out).
@Suite struct IssuedDocumentTests {
    static let text = """
        11月4日下午，我市召开冬季大气污染防治工作会议。各部门要认真贯彻落实《大气污染防治行动计划》。\
        当天的会议还印发了《宝鸡市2016-2017年冬季大气污染防治工作方案》，各相关部门签订了责任书。
        """

    @Test func anIssuedPlanIsQuotedOnce() {
        let s = SourceSentences(Self.text)
        let issued = s.issued(excluding: [], printed: "", limit: 80)
        #expect(issued.map(\.text) == ["当天的会议还印发了《宝鸡市2016-2017年冬季大气污染防治工作方案》，各相关部门签订了责任书"])
        // 贯彻落实《…》 issues nothing; a title already printed is not said twice.
        #expect(s.issued(excluding: [], printed: "《宝鸡市2016-2017年冬季大气污染防治工作方案》", limit: 80).isEmpty)
        #expect(s.issued(excluding: [2], printed: "", limit: 80).isEmpty)
    }
}
