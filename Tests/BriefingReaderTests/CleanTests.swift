import Foundation
import Testing

@testable import BriefingReader

@Suite struct CleanTests {
    func s(_ x: String) -> Scalars { Scalars(x) }

    @Test func boilerplateLines() {
        #expect(Cleaner.boilerplateReason(s("Copyright © 2018-2021 Wenke99.com All rights reserved")) != nil)
        #expect(Cleaner.boilerplateReason(s("工信部备案号:浙ICP备20026746号-2")) != nil)
        #expect(Cleaner.boilerplateReason(s("公安局备案号:浙公网安备33038302330469号")) != nil)
        #expect(Cleaner.boilerplateReason(s("本站为C2C交文档易平台,即用户上传的文档直接卖给下载用户")) != nil)
        #expect(Cleaner.boilerplateReason(s("友情链接")) != nil)
        #expect(Cleaner.boilerplateReason(s("编辑:")) != nil)
        #expect(Cleaner.boilerplateReason(s("责任编辑：张三")) != nil)
        #expect(Cleaner.boilerplateReason(s("国产亚洲日韩欧美专区_国产蜜臀尤物视频久热_亚汌精品无码AV在线")) != nil)
        #expect(Cleaner.boilerplateReason(s("2024年12月19日星期四")) != nil)
        #expect(Cleaner.boilerplateReason(s("-在中央环保督察组眼皮下二2018-06-26")) != nil)
        #expect(Cleaner.boilerplateReason(s("?")) != nil)
        #expect(Cleaner.boilerplateReason(s("当前位置：首页>工作动态")) != nil)
        #expect(Cleaner.boilerplateReason(s("【打印】【关闭窗口】")) != nil)
        #expect(Cleaner.boilerplateReason(s("抄送：市大气办")) != nil)
        #expect(Cleaner.boilerplateReason(s("（共印30份）")) != nil)
        #expect(Cleaner.boilerplateReason(s("下载文档到电脑，查找使用更方便")) != nil)
        #expect(Cleaner.boilerplateReason(s("还剩5页未读，继续阅读")) != nil)
        #expect(Cleaner.boilerplateReason(s("【字号 大 中 小】")) != nil)
        #expect(Cleaner.boilerplateReason(s("首页上一页123下一页尾页")) != nil)
        // content stays
        #expect(Cleaner.boilerplateReason(s("本报讯 11月24日上午，高新区召开推进会。")) == nil)
        #expect(Cleaner.boilerplateReason(s("会议要求，编辑部门要加强审核。")) == nil)
        #expect(Cleaner.boilerplateReason(s("2017年11月20日")) == nil)
        #expect(Cleaner.boilerplateReason(s(String(repeating: "会议召开，部署工作。", count: 40) + "Copyright 2018")) == nil)
        #expect(Cleaner.boilerplateReason(s("-全市召开推进会，部署下一步工作。")) == nil)
        #expect(Cleaner.boilerplateReason(s("发：各乡镇认真落实，确保完成任务。")) == nil)
        #expect(Cleaner.boilerplateReason(s("会议要求，严禁违规下载和传播涉密文件，确保信息安全。")) == nil)
    }

    @Test func metadata() {
        #expect(Cleaner.metadataField(s("发布日期:2016-05-19")) == s("发布日期"))
        #expect(Cleaner.metadataField(s("信息来源：济南日报")) == s("信息来源"))
        #expect(Cleaner.metadataField(s("来源于群众的意见")) == nil)
        #expect(DateExtractor.firstFullDate(in: s("发布日期:2016-05-19"))?.iso == "2016-05-19")
    }

    @Test func pinyinAnnotations() {
        let (t, n) = Cleaner.removePinyin(s("聯(lián)防聯(lián)控協(xié)作"))
        #expect(t.string == "聯防聯控協作")
        #expect(n == 3)
        // not pinyin: Chinese, upper case, digits, or not after a Han character
        #expect(Cleaner.removePinyin(s("办法(试行)")).removed == 0)
        #expect(Cleaner.removePinyin(s("细颗粒物(PM2.5)")).removed == 0)
        #expect(Cleaner.removePinyin(s("see (a) and (b)")).removed == 0)
    }

    @Test func traditionalToSimplified() throws {
        let converter = try #require(TraditionalConverter(), "opencc t2s.json: \(TraditionalConverter.lastError)")
        #expect(converter.convert("聯防聯控協作小組") == "联防联控协作小组")
        #expect(converter.convert("王文濤主持會議") == "王文涛主持会议")
        #expect(converter.convert("乾隆、乾燥") == "乾隆、干燥")
        let doc = Cleaner(converter: converter).clean("發布日期:2016-05-19\n大氣污染聯(lián)防聯(lián)控會議召開，副省長出席。\n編輯:\n", file: "t.txt")
        #expect(doc.paragraphs.map(\.string) == ["大气污染联防联控会议召开，副省长出席。"])
        #expect(doc.paragraphs.first?.traditional == true)
        #expect(doc.published?.iso == "2016-05-19")
    }

    /// OpenCC is given only the runs of its keys' characters: the text comes out as when OpenCC
    /// converts the whole (the seeds, the Traditional genre files, phrases across punctuation).
    @Test func convertingKeyRunsEqualsConvertingTheWhole() throws {
        let converter = try #require(TraditionalConverter(), "opencc t2s.json: \(TraditionalConverter.lastError)")
        let split = try #require(converter.split(), "the key characters of t2s.json")
        #expect(split.keys.contains("聯") && !split.keys.contains("，") && !split.keys.contains("\n"))
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        var texts = ["乾隆、乾燥", "於是乎，後來的頭髮。\n乾", "", "abc", "聯"]
        let seeds = root.appendingPathComponent("../../seeds").standardized
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted() {
            texts.append(try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8))
        }
        for name in ["g07_traditional_pinyin.txt", "g14_traditional_single_pinyin.txt"] {
            texts.append(try String(contentsOf: root.appendingPathComponent("Genre/\(name)"), encoding: .utf8))
        }
        for t in texts { #expect(converter.convert(t) == converter.convertWhole(t)) }
        let asked = converter.runsConverted
        #expect(asked > 0)
        // again: now every run is answered by the memo, none given to OpenCC
        for t in texts { #expect(converter.convert(t) == converter.convertWhole(t)) }
        #expect(converter.runsConverted == asked)
        // a memo emptied whenever it would hold more than 3 runs, even within one call: the
        // second round asks OpenCC again
        let forgetful = try #require(TraditionalConverter(memoLimit: 3))
        for t in texts { #expect(forgetful.convert(t) == converter.convertWhole(t)) }
        let forgetfulAsked = forgetful.runsConverted
        for t in texts { #expect(forgetful.convert(t) == converter.convertWhole(t)) }
        #expect(forgetful.runsConverted > forgetfulAsked)
    }

    /// Provenance reuses the cleaner's conversion of a Traditional line (pinyin removed first or
    /// not) and folds the decoded lines exactly as when it converts them itself.
    @Test func provenanceReusesTheCleanersConversion() throws {
        let converter = try #require(TraditionalConverter(), "opencc t2s.json: \(TraditionalConverter.lastError)")
        let text = "標題\n大氣污染聯(lián)防聯(lián)控會議召開，\n副省長出席。\n\n簡體行：大气污染防治。\n"
        let doc = Cleaner(converter: converter).clean(text, file: "t.txt")
        #expect(doc.simplified[2]?.before?.string == "大氣污染聯防聯控會議召開，")
        #expect(doc.simplified[2]?.after.string == "大气污染联防联控会议召开，")
        #expect(doc.simplified[3]?.before == nil)
        #expect(doc.simplified[3]?.after.string == "副省长出席。")
        // no converter: the Simplified text can only come from the cleaner's lines
        let reusing = SpanLocator(decoded: text, file: "t.txt", converter: nil, simplified: doc.simplified)
        let converting = SpanLocator(decoded: text, file: "t.txt", converter: converter)
        let a = reusing.streams(first: 1, last: 3, traditional: true)
        let b = converting.streams(first: 1, last: 3, traditional: true)
        #expect(a.map(\.text) == b.map(\.text))
        #expect(a.map(\.at) == b.map(\.at))
        #expect(a.first?.text.string.contains("联(lián)") == false)
        #expect(a.first?.text.string.contains("大气污染联防联控会议召开，副省长出席。") == true)
    }

    @Test func traditionalDetection() {
        #expect(Cleaner.isTraditional(s("王文濤主持省會城市群大氣污染聯防聯控協作小組")))
        #expect(!Cleaner.isTraditional(s("王文涛主持省会城市群大气污染联防联控协作小组")))
        #expect(Cleaner.script(of: s("友情")) == nil)
    }

    @Test func straySpaces() {
        #expect(Cleaner.removeStraySpaces(s("  稳 定退出 74 个重点城市")).string == "稳定退出74个重点城市")
        #expect(Cleaner.removeStraySpaces(s("“ 小目 标 ”")).string == "“小目标”")
        #expect(Cleaner.removeStraySpaces(s("到2017年 3月 31日")).string == "到2017年3月31日")
        #expect(Cleaner.removeStraySpaces(s("Wenke99.com All rights")).string == "Wenke99.com All rights")
        #expect(Cleaner.removeStraySpaces(s("党委政府的`共同责任")).string == "党委政府的共同责任")
    }

    @Test func punctuation() {
        #expect(Cleaner.fullWidthPunctuation(s("11月2日,临泽县召开会议:一是(试行)?好!")).string == "11月2日，临泽县召开会议：一是（试行）？好！")
        #expect(Cleaner.fullWidthPunctuation(s("共1,000户,PM2.5浓度")).string == "共1,000户，PM2.5浓度")
        #expect(Cleaner.fullWidthPunctuation(s("10:30 a, b")).string == "10:30 a, b")
        // decided on the line as it was (done in place): `.` after a `)` made `）` stays
        #expect(Cleaner.fullWidthPunctuation(s("会议).")).string == "会议）.")
        var inPlace = s("临泽县召开会议:一是(试行)?好!")
        Cleaner.fullWidthPunctuation(&inPlace)
        #expect(inPlace.string == "临泽县召开会议：一是（试行）？好！")
    }

    /// Page numbers are stripped in place; a lone numbered line after a stripped run is judged on
    /// the previous line as it was read (31 characters), not as stripped (29).
    @Test func pageNumberAfterAStrippedRunReadsThePreviousLineAsRead() {
        let body = String(repeating: "大气污染防治", count: 5).prefix(29)
        let lines = ["会议指出，当前正值冬季采暖期，全市大气污染形势严峻，各级各部门要", "2、\(body)", "3、\(body)", "7、各级各部门要压实责任。"]
            .enumerated().map { SourceLine(number: $0.offset + 1, text: s($0.element)) }
        var stripped = lines
        let removed = Cleaner.stripPageNumbers(&stripped)
        #expect(removed.map(\.text) == ["2、", "3、", "7、"])
        #expect(stripped[2].text.count == 29)
        #expect(stripped[3].text.string == "各级各部门要压实责任。")
        #expect(Cleaner.stripPageNumbers(lines).lines == stripped)
    }

    @Test func pageNumbersGluedToLineStarts() {
        let lines = ["1、市长讲话同志们:今天召开会议,部署工作。一、提高认识大", "2、气污染不仅是一个生态问题,更是政治问题,大家要站在战略和全局的高", "3、度认识。"]
            .enumerated().map { SourceLine(number: $0.offset + 1, text: s($0.element)) }
        let (out, removed) = Cleaner.stripPageNumbers(lines)
        #expect(removed.map(\.text) == ["1、", "2、", "3、"])
        #expect(out[1].text.string.hasPrefix("气污染"))
        #expect(out[1].continuesPrevious)
        let (paragraphs, _) = Cleaner.joinLines(out, isItemStart: Segmenter.isItemStart)
        #expect(paragraphs.count == 1)
        #expect(paragraphs[0].string.contains("大气污染"))
        #expect(paragraphs[0].first == 1 && paragraphs[0].last == 3)
    }

    @Test func realEnumerationsStay() {
        let lines = ["会议提出三点要求:", "1、提高认识,加强领导。", "2、突出重点,强化措施。", "3、严格督查,严肃问责。"]
            .enumerated().map { SourceLine(number: $0.offset + 1, text: s($0.element)) }
        let (out, removed) = Cleaner.stripPageNumbers(lines)
        #expect(removed.isEmpty)
        #expect(out == lines)
    }

    @Test func brokenSentencesRejoin() {
        let text = "本报讯 11月14日下午,高新区召开推进会。李金勇提出明确要求。一要端正思想,认清形\n\n势,当前冬防形势严峻。\n\n认清形势,提高认识,进一步坚定信心\n\n据了解,今年以来全区做了大量工作。"
        let doc = Cleaner(converter: nil).clean(text, file: "t.txt")
        let p = doc.paragraphs.map(\.string)
        #expect(p.count == 3)
        #expect(p[0].contains("认清形势，当前"))
        #expect(p[0].hasPrefix("本报讯11月14日下午，"))
        #expect(p[1] == "认清形势，提高认识，进一步坚定信心")
        #expect(doc.paragraphs[0].first == 1 && doc.paragraphs[0].last == 3)
    }

    @Test func shortSentenceWithSpeechVerbRejoins() {
        let doc = Cleaner(converter: nil).clean("会议指出,各部门、各项目要认真学\n\n习领会会议精神。", file: "t.txt")
        #expect(doc.paragraphs.map(\.string) == ["会议指出，各部门、各项目要认真学习领会会议精神。"])
    }

    /// A PDF dump's running header: a short line seen before, again right after a lone page
    /// number, is dropped there (and only there); one that came back after more distinct short
    /// lines than the screen remembers is kept.
    @Test func runningPageHeaderDroppedAfterAPageNumber() {
        let header = "大气污染防治工作简报"
        let body = ["县环保局开展夜查行动，检查企业十二家。", "各乡镇加强秸秆禁烧巡查，发现火点及时处置。"]
        let text = [header, body[0], "— 1 —", header, body[1], "— 2 —", "附件清单"].joined(separator: "\n")
        let doc = Cleaner(converter: nil).clean(text, file: "h.txt")
        #expect(doc.warnings.filter { $0.message.hasPrefix("dropped a running page header") }.compactMap(\.line) == [4])
        #expect(doc.paragraphs.map(\.string).joined().components(separatedBy: header).count == 2)
        // more than twice the screen's generation of distinct short lines between: forgotten
        let others = (0..<2 * RecentTitleLines().generation).map { "第\($0)项工作安排" }
        let far = ([header] + others + ["— 1 —", header, body[1]]).joined(separator: "\n")
        let farDoc = Cleaner(converter: nil).clean(far, file: "far.txt")
        #expect(!farDoc.warnings.contains { $0.message.hasPrefix("dropped a running page header") })
    }

    /// The screen's short lines: a line is found until `generation` - 1 other distinct lines came
    /// after it, one seen again is remembered afresh, and no more than twice `generation` are held.
    @Test func recentTitleLinesRememberedInTwoGenerations() {
        var recent = RecentTitleLines(generation: 4)
        let header = Scalars("工作简报")
        recent.insert(header)
        for k in 0..<3 { recent.insert(Scalars("短行\(k)")) }
        #expect(recent.contains(header))
        // seen again: among the newer again, so it outlives the lines inserted before it
        recent.insert(header)
        for k in 3..<9 { recent.insert(Scalars("短行\(k)")) }
        #expect(recent.contains(header))
        var most = 0
        for k in 0..<10_000 {
            recent.insert(Scalars("第\(k)行"))
            most = max(most, recent.count)
        }
        #expect(most <= 8)
        #expect(!recent.contains(header))
        #expect(recent.contains(Scalars("第9999行")) && recent.contains(Scalars("第9997行")))
        // inserting a line already among the newer changes nothing
        let before = recent.count
        recent.insert(Scalars("第9999行"))
        #expect(recent.count == before)
    }

    @Test func cleanReportsDropsWithLines() {
        let text = "国产亚洲日韩欧美专区_国产蜜臀尤物视频久热_亚汌精品无码AV在线\n\n2024年12月19日 星期四\n\n会议召开。\n发布日期:2016-05-19\n编辑:\n"
        let doc = Cleaner(converter: nil).clean(text, file: "x.txt")
        #expect(doc.published?.iso == "2016-05-19")
        #expect(doc.paragraphs.map(\.string) == ["会议召开。"])
        #expect(Set(doc.warnings.compactMap(\.line)).isSuperset(of: [1, 3, 6, 7]))
        #expect(doc.warnings.allSatisfy { $0.file == "x.txt" })
    }

    @Test func lineEndings() {
        let lines = Cleaner.splitLines("a\r\nb\rc\n\nd")
        #expect(lines.map(\.text.string) == ["a", "b", "c", "", "d"])
        #expect(lines.map(\.number) == [1, 2, 3, 4, 5])
    }
}
