import COpenCC
import COpenCCKeys
import Foundation

/// Traditional → Simplified conversion through libopencc (`t2s.json`).
/// A reference type to own the C handle; after init it only builds, once, the table of
/// `KeySplit`, and remembers the runs it has converted (`memo`), both under a lock.
final class TraditionalConverter: @unchecked Sendable {
    private let handle: opencc_t
    private let config: String
    private let lock = NSLock()
    /// Nil until first needed; `.some(nil)` when the key characters could not be had.
    private var keySplit: KeySplit??
    /// Key characters met alone (between characters in no key) and what each becomes on its own:
    /// asked of OpenCC with the runs, when first met (all ~4,300 of them asked up front, in
    /// one call, cost 40 M instructions, as much as reading 2 MB of Traditional text).
    private var singles: [Unicode.Scalar: Scalars] = [:]
    private var singlesKnown = ScalarSet([Unicode.Scalar]())
    /// Runs of two or more key characters and what OpenCC made of them. A run converts as it
    /// would alone (`KeySplit`), so its conversion can be looked up instead of asked again: a
    /// Traditional briefing repeats its words (the Traditional seed: 195 runs, 118 distinct), and
    /// OpenCC spends ~20,000 instructions on a run. Emptied when it reaches `memoLimit` runs, so
    /// that text whose runs never repeat costs a bounded memo (20 MB of such text: peak RSS 229 →
    /// 236 MB).
    private var memo: [Scalars: Scalars] = [:]
    private let memoLimit: Int
    /// How many runs have been given to OpenCC (the others came from the memo).
    private var runsAsked = 0

    /// Nil when OpenCC or its data files cannot be opened; `error` then says why.
    init?(config: String = "t2s.json", memoLimit: Int = 1 << 14) {
        guard let h = opencc_open(config), h != opencc_t(bitPattern: -1) else { return nil }
        handle = h
        self.config = config
        self.memoLimit = memoLimit
    }

    deinit { opencc_close(handle) }

    /// Why the last open failed, in OpenCC's words.
    static var lastError: String {
        guard let e = opencc_error() else { return "unknown error" }
        return String(cString: e)
    }

    /// The characters of the dictionaries' keys. OpenCC segments by the longest key and converts
    /// segment by segment, so a character that is in no key is a segment of its own and stays as it
    /// is, and the text between two such characters converts as it would alone. Only 29 % of the
    /// seeds' Traditional text is key characters, most of them single: OpenCC (~18 % of the
    /// reader's time) then sees only the runs, and each single character once (`singles`).
    struct KeySplit {
        var keys: ScalarSet
    }

    func split() -> KeySplit? {
        lock.lock()
        defer { lock.unlock() }
        if let s = keySplit { return s }
        let s = makeSplit()
        keySplit = .some(s)
        return s
    }

    private func makeSplit() -> KeySplit? {
        guard let raw = opencc_key_characters(config) else { return nil }
        defer { opencc_key_characters_free(raw) }
        let characters = Array(String(cString: raw).unicodeScalars)
        // the runs are joined with line breaks: a line break must be in no key
        guard !characters.isEmpty, !characters.contains("\n") else { return nil }
        return KeySplit(keys: ScalarSet(characters))
    }

    /// Converts UTF-8 text; returns the input when conversion fails. OpenCC is given only the
    /// runs of two or more key characters (`KeySplit`) it has not converted before, in one call.
    func convert(_ s: String) -> String {
        guard split() != nil else { return convertWhole(s) }
        return convert(Scalars(s)).string
    }

    /// `convert` on scalars (the cleaner's lines), without going through a String.
    func convert(_ t: Scalars) -> Scalars {
        guard let split = split() else { return Scalars(convertWhole(t.string)) }
        var runs: [Range<Int>] = []
        var i = 0
        while i < t.count {
            guard split.keys.contains(t[i]) else {
                i += 1
                continue
            }
            var j = i + 1
            while j < t.count, split.keys.contains(t[j]) { j += 1 }
            runs.append(i..<j)
            i = j
        }
        guard !runs.isEmpty else { return t }
        guard let (converted, singles) = convertRuns(runs, of: t) else { return Scalars(convertWhole(t.string)) }
        // built as scalars and encoded once (appending to a String's scalars cost as much as
        // the conversion it spared)
        var out = Scalars()
        out.reserveCapacity(t.count)
        var k = 0
        var at = 0
        for r in runs {
            out.append(contentsOf: t[at..<r.lowerBound])
            if r.count == 1 {
                if let c = singles[t[r.lowerBound]] { out.append(contentsOf: c) } else { out.append(t[r.lowerBound]) }
            } else {
                out.append(contentsOf: converted[k])
                k += 1
            }
            at = r.upperBound
        }
        out.append(contentsOf: t[at...])
        return out
    }

    /// The runs of two or more characters of `t` converted, each as it converts alone, and the
    /// conversions of single characters (`singles`, with those of `t`'s one-character runs): from
    /// the memos, the others through OpenCC in one call (joined by line breaks, which are in no
    /// key). Nil when OpenCC's output does not split back into what it was given.
    private func convertRuns(_ runs: [Range<Int>], of t: Scalars) -> (runs: [Scalars], singles: [Unicode.Scalar: Scalars])? {
        lock.lock()
        defer { lock.unlock() }
        // each run looked up once (a run found was hashed twice: most are found on a large file);
        // a single character only tested against a bitmap of those converted (`singlesKnown`)
        var out: [Scalars] = []
        var waiting: [(slot: Int, run: Scalars)] = []
        var missing: [Scalars] = []
        var fresh: [Scalars: Scalars] = [:]
        var freshSingles = Set<Unicode.Scalar>()
        for r in runs {
            if r.count == 1 {
                let c = t[r.lowerBound]
                if !singlesKnown.contains(c), freshSingles.insert(c).inserted { missing.append([c]) }
                continue
            }
            let run = Scalars(t[r])
            if let c = memo[run] {
                out.append(c)
            } else {
                waiting.append((out.count, run))
                out.append([])
                if fresh.updateValue([], forKey: run) == nil { missing.append(run) }
            }
        }
        if !missing.isEmpty {
            var joined = Scalars()
            for (k, r) in missing.enumerated() {
                if k > 0 { joined.append("\n") }
                joined += r
            }
            let converted = convertWhole(joined.string).split(separator: "\n", omittingEmptySubsequences: false)
            guard converted.count == missing.count else { return nil }
            runsAsked += missing.count
            for (r, c) in zip(missing, converted) {
                if r.count == 1 {
                    singles[r[0]] = Scalars(c.unicodeScalars)
                    singlesKnown.insert(r[0])
                } else {
                    fresh[r] = Scalars(c.unicodeScalars)
                }
            }
            for (slot, r) in waiting {
                guard let c = fresh[r] else { return nil }
                out[slot] = c
            }
        }
        if memo.count + fresh.count > memoLimit { memo.removeAll(keepingCapacity: true) }
        memo.merge(fresh) { old, _ in old }
        return (out, singles)
    }

    /// How many runs have been given to OpenCC so far.
    var runsConverted: Int { lock.withLock { runsAsked } }

    /// The whole text through OpenCC; the input when conversion fails.
    func convertWhole(_ s: String) -> String {
        var s = s
        return s.withUTF8 { buf -> String in
            guard let base = buf.baseAddress else { return "" }
            let raw = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
            guard let out = opencc_convert_utf8(handle, raw, buf.count) else { return String(decoding: buf, as: UTF8.self) }
            defer { opencc_convert_utf8_free(out) }
            return String(cString: out)
        }
    }
}
