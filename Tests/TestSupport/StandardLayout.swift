import Foundation
import LayoutSpec
import Typesetting

extension Layout {
    /// `layouts/base.toml`: the GB/T 9704 A4 layout every shipped layout extends. The engine has
    /// no defaults of its own, so tests of the engine set their pages with this.
    public static let standard: Layout = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("layouts/base.toml")
        do {
            return try LayoutLoader.load(contentsOf: url, kinds: [])
        } catch {
            fatalError("layouts/base.toml does not load: \(error)")
        }
    }()
}
