import Foundation
import Testing

@testable import ReportModel

/// The model's vocabulary read from `Sources/ReportModel/Words` (MODEL.md).
@Suite struct VocabularyTests {
    @Test func ledgerStatusesKeepTheirChineseRawValues() throws {
        #expect(Problem.Status.allCases.map(\.rawValue) == ["整改中", "已整改", "已销号"])
        #expect(Problem.Status(rawValue: "已销号") == .closed)
        #expect(Problem.Status(rawValue: "closed") == nil)
        let json = try JSONEncoder().encode([Problem.Status.rectifying])
        #expect(String(decoding: json, as: UTF8.self) == #"["整改中"]"#)
        #expect(try JSONDecoder().decode([Problem.Status].self, from: json) == [.rectifying])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Problem.Status].self, from: Data(#"["done"]"#.utf8)) }
    }

    @Test func roleGroups() {
        #expect(Person.chairRoles == ["主持"])
        #expect(Person.speakerRoles == ["讲话", "强调", "指出", "表示"])
        #expect(Person.attendeeRoles == ["出席", "参加"])
    }
}
