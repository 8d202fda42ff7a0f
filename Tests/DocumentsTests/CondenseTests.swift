import Testing
import Typesetting

@testable import Documents

@Suite struct CondenseTests {
    @Test func aHeadlineClauseIsNeverPrintedAlone() {
        let r = "要硬起手腕，对建筑工地、搅拌站、“散乱污”企业和工作人员在大气污染防治工作中不作为、慢作为等情况，严格按照有关责任追究和惩罚机制从严、从快执行，始终保持高压态势，杜绝失之于宽、失之于软"
        // Not "要硬起手腕", and not cut after the 对… clause that needs its verb.
        #expect(Condense.clause(r, limit: 40) == "要硬起手腕，对建筑工地、搅拌站、“散乱污”企业和工作人员在大气污染防治工作中不作为、慢作为等情况，严格按照有关责任追究和惩罚机制从严、从快执行")
        #expect(Condense.clause("要硬起手腕，落实责任", limit: 4) == "要硬起手腕，落实责任")
    }

    @Test func aCutFallsAtAClauseBoundaryWithinTheLimit() {
        let r = "要坚持目标导向，把环境污染防治攻坚工作作为当前中心工作来抓，摒弃应付意识，克服畏难情绪，以壮士断腕的勇气和背水一战的决心，通过全力冲刺，确保实现空气质量改善目标"
        let c = Condense.clause(r, limit: 50)
        #expect(c == "要坚持目标导向，把环境污染防治攻坚工作作为当前中心工作来抓，摒弃应付意识，克服畏难情绪")
        #expect(r.hasPrefix(c))
    }

    @Test func aListKeepsEveryHead() {
        let r = "坚决打赢十大攻坚战，即：优化产业布局攻坚战，搬迁3家企业；减煤压煤攻坚战，推进清洁取暖；错峰调控攻坚战，精准实施错峰生产"
        #expect(Condense.clause(r, limit: 20) == "坚决打赢十大攻坚战，即：优化产业布局攻坚战、减煤压煤攻坚战、错峰调控攻坚战")
    }

    @Test func quotedTermsAreOneClause() {
        #expect(Condense.clauses("确保“说到一定做到，做到一定记录”的工作模式，形成闭环").count == 2)
    }

    @Test func receivedFileNamesLoseFoldersAndHashes() {
        #expect(SourceName.received("seeds/004_5ae60629f32a1ce1.txt") == "004.txt")
        #expect(SourceName.received("收文/晋城市简报.txt") == "晋城市简报.txt")
        #expect(SourceName.received("a/2017-11-20 简报.txt") == "2017-11-20 简报.txt")
    }

    @Test func datesAndPunctuationAreChinese() {
        #expect(DateWording.replacingISODates(in: "截至2016-12-31") { "\($0.year)年\($0.month)月\($0.day)日" } == "截至2016年12月31日")
        #expect(DateWording.startsWithDate("5月18日上午，会议召开"))
        #expect(!DateWording.startsWithDate("会议于5月18日召开"))
        // a time of its own: a clerk-dated 近日 item read "11月21日，近日，县城管局…"
        #expect(DateWording.startsWithDate("近日，县城管局开展油烟整治"))
        #expect(DateWording.startsWithDate("日前，市大气办印发《方案》"))
        #expect(!DateWording.startsWithDate("县城管局近日开展油烟整治"))
        #expect(Punctuation.fullWidth("会议要求,一要强化领导;PM2.5浓度(年均)") == "会议要求，一要强化领导；PM2.5浓度（年均）")
        #expect(Punctuation.fullWidth("比例1:2, a(b)") == "比例1:2, a(b)")
    }

    @Test func theSelfCheckFindsUnsupportedRunsAndRoles() {
        let doc = ContentDocument(
            metadata: DocumentMetadata(title: "t"),
            blocks: [.paragraph([Inline("副市长武军主持会议。会议部署了“禁土令”等举措。")]), .paragraph([Inline("不知从何而来的一句话。")])],
            sources: [0: .block([SourceRef(file: "a.txt", lines: [1, 3])]), 1: .block([SourceRef(file: "b.txt", lines: [1, 1])])])
        let sources = [SourceText(file: "a.txt", lines: [1, 3], text: "副市长武军出席会议并提出要求，严格落实“禁土令”。")]
        let findings = SourceCheck.check(doc, sources: sources, wording: ["会议部署了{{measures}}等举措。"])
        #expect(findings.contains(SourceFinding(block: 0, fragment: "副市长武军", kind: .unattested(role: "主持"))))
        #expect(findings.contains { $0.block == 0 && $0.kind == .unsupported && $0.fragment.contains("主持") })
        #expect(!findings.contains { $0.block == 0 && $0.kind == .unsupported && $0.fragment.contains("禁土令") })
        #expect(findings.contains(SourceFinding(block: 1, fragment: "b.txt", kind: .noSource)))
    }

    /// A district's file named 甲县简报.docx: the source list's 文件 cell is the name of the file
    /// read, not a claim of its text (the self-check refused such a notice with 70); the other
    /// cells are still read against the text.
    @Test func theReceivedFileNameIsNoClaim() {
        let refs = [SourceRef(file: "收文/甲县简报_5ae60629f32a1ce1.txt", lines: [1, 2])]
        let doc = ContentDocument(
            metadata: DocumentMetadata(title: "t"),
            blocks: [.table(Table(header: ["单位", "原标题", "文件"], rows: [["甲县", "甲县召开调度会议", "甲县简报.txt"]]))],
            sources: [0: .rows([refs])])
        let sources = [SourceText(file: refs[0].file, lines: [1, 2], text: "本报讯 11月20日，甲县召开调度会议。")]
        #expect(SourceCheck.check(doc, sources: sources, wording: []).isEmpty)
        var changed = doc
        changed.blocks = [.table(Table(header: ["单位", "原标题", "文件"], rows: [["甲县", "甲县召开简报会议", "甲县简报.txt"]]))]
        #expect(SourceCheck.check(changed, sources: sources, wording: []).map(\.fragment) == ["简报会议"])
    }
}
