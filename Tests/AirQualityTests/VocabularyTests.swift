import Testing

@testable import AirQuality

/// The national vocabulary read from `Sources/AirQuality/Words`: every case has its name, and the
/// names are those of HJ 633-2012 / GB 3095-2012.
@Suite struct VocabularyTests {
    @Test func everyCaseHasItsName() {
        #expect(Pollutant.allCases.map(\.chineseName) == ["二氧化硫", "二氧化氮", "可吸入颗粒物", "细颗粒物", "一氧化碳", "臭氧"])
        #expect(AQIComponent.allCases.map(\.officialName) == ["二氧化硫", "二氧化氮", "颗粒物(PM10)", "细颗粒物(PM2.5)", "一氧化碳", "臭氧1小时", "臭氧8小时"])
        #expect(AQICategory.allCases.map(\.name) == ["优", "良", "轻度污染", "中度污染", "重度污染", "严重污染"])
        #expect(AQICategory.allCases.map(\.levelName) == ["一级", "二级", "三级", "四级", "五级", "六级"])
    }

    @Test func aliasesNameTheirPollutant() {
        #expect(Pollutant(name: "PM2.5") == .pm25)
        #expect(Pollutant(name: "臭氧日最大8小时") == .o3)
        #expect(Pollutant(name: "颗粒物") == .pm10)
        #expect(Pollutant(name: "CO(mg/m3)") == .co)
        #expect(Pollutant(name: "降尘") == nil)
        for p in Pollutant.allCases {
            #expect(Pollutant(name: p.chineseName) == p)
            #expect(Pollutant(name: p.rawValue) == p)
        }
    }

    @Test func siteKinds() {
        #expect(SiteType(name: "清洁对照点") == .background)
        #expect(SiteType(name: " Urban ") == .urban)
        #expect(SiteType(name: "") == .urban)
        #expect(SiteType(name: "工业点") == nil)
    }
}
