import CPangoCairo
import Foundation
import Typesetting

/// Where a font role landed: the family chosen from its chain and the file it comes from.
public struct ResolvedFont: Sendable, Equatable {
    /// Role name.
    public var role: String
    /// The chain the layout asked for.
    public var wanted: [String]
    /// The family found in `fonts/`.
    public var family: String
    /// The font file fontconfig picked for it.
    public var file: String
    /// Weight asked for.
    public var weight: String
    /// The chain's families found in `fonts/`, from `family` on: characters `family` lacks are set
    /// in the next of these that has them, glyph by glyph.
    public var fallbacks: [String] = []
    /// True when the family is not the first of the chain (an open default stands in).
    public var isSubstitute: Bool { wanted.first != family }
}

/// A private fontconfig configuration on one directory (no system fonts) and a Pango context on it.
public final class FontLibrary {
    /// The fonts directory (absolute).
    public let directory: URL
    /// Every family name (in every language) the directory provides.
    public let families: Set<String>
    let config: OpaquePointer
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    let context: OpaquePointer

    /// Loads every font under `directory`; throws if there is none.
    public init(directory: URL) throws {
        let dir = directory.standardizedFileURL.resolvingSymlinksInPath()
        self.directory = dir
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else {
            throw RenderError.fonts("fonts directory \(dir.path) does not exist")
        }
        guard let cfg = FcConfigCreate() else { throw RenderError.fonts("cannot create a fontconfig configuration") }
        // a cache directory (the user's fontconfig cache) so the big CJK files are not rescanned each run
        let xml = "<?xml version=\"1.0\"?><fontconfig><cachedir prefix=\"xdg\">fontconfig</cachedir></fontconfig>"
        _ = FcConfigParseAndLoadFromMemory(cfg, xml, 0)
        _ = FcConfigAppFontAddDir(cfg, dir.path)
        var names = Set<String>()
        if let set = FcConfigGetFonts(cfg, FcSetApplication) {
            for i in 0..<Int(set.pointee.nfont) {
                guard let pat = set.pointee.fonts[i] else { continue }
                var k: Int32 = 0
                var s: UnsafeMutablePointer<FcChar8>? = nil
                while FcPatternGetString(pat, "family", k, &s) == FcResultMatch, let s {
                    names.insert(String(cString: s))
                    k += 1
                }
            }
        }
        guard !names.isEmpty else {
            FcConfigDestroy(cfg)
            throw RenderError.fonts("no fonts found in \(dir.path)")
        }
        families = names
        config = cfg
        // Pango's font map runs FcInit() in a thread, which loads the system configuration (every
        // system font directory) unless a current configuration exists: make it this one.
        _ = FcConfigSetCurrent(cfg)
        guard let fm = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else {
            FcConfigDestroy(cfg)
            throw RenderError.fonts("cannot create a Pango font map")
        }
        pango_fc_font_map_set_config(shim_fc_font_map(fm), cfg)
        fontMap = fm
        guard let ctx = pango_font_map_create_context(fm) else {
            throw RenderError.fonts("cannot create a Pango context")
        }
        context = ctx
        pango_context_set_language(ctx, pango_language_from_string("zh-cn"))
        pango_context_set_round_glyph_positions(ctx, 0)
        if let opts = cairo_font_options_create() {
            cairo_font_options_set_hint_metrics(opts, CAIRO_HINT_METRICS_OFF)
            cairo_font_options_set_hint_style(opts, CAIRO_HINT_STYLE_NONE)
            pango_cairo_context_set_font_options(ctx, opts)
            cairo_font_options_destroy(opts)
        }
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
        FcConfigDestroy(config)
    }

    /// The file fontconfig picks for a family and weight.
    public func file(family: String, weight: String) -> String {
        guard let pat = FcPatternCreate() else { return "" }
        defer { FcPatternDestroy(pat) }
        _ = FcPatternAddString(pat, "family", family)
        _ = FcPatternAddInteger(pat, "weight", weight == "bold" ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR)
        FcConfigSubstitute(config, pat, FcMatchPattern)
        FcDefaultSubstitute(pat)
        var result = FcResultNoMatch
        guard let m = FcFontMatch(config, pat, &result) else { return "" }
        defer { FcPatternDestroy(m) }
        var s: UnsafeMutablePointer<FcChar8>? = nil
        guard FcPatternGetString(m, "file", 0, &s) == FcResultMatch, let s else { return "" }
        var index: Int32 = 0
        let path = String(cString: s)
        if FcPatternGetInteger(m, "index", 0, &index) == FcResultMatch, index > 0 {
            return "\(path):\(index)"
        }
        return path
    }

    /// Resolves every role of a layout; throws when a role's chain names no family in `fonts/`.
    public func resolve(_ fonts: [String: FontRole]) throws -> [String: ResolvedFont] {
        var out: [String: ResolvedFont] = [:]
        var missing: [String] = []
        for (role, spec) in fonts.sorted(by: { $0.key < $1.key }) {
            guard let fam = spec.families.first(where: { families.contains($0) }) else {
                missing.append("font role '\(role)': none of \(spec.families.joined(separator: ", ")) is in \(directory.path)")
                continue
            }
            out[role] = ResolvedFont(
                role: role, wanted: spec.families, family: fam, file: file(family: fam, weight: spec.weight), weight: spec.weight,
                fallbacks: spec.families.filter { families.contains($0) && $0 != fam })
        }
        if !missing.isEmpty { throw RenderError.fonts(missing.joined(separator: "\n")) }
        return out
    }
}
