/// Percentiles by HJ 663-2013 A.6: sort ascending X(1)…X(n); k = 1 + (n − 1)·p %;
/// s = the integer part of k; m_p = X(s) + (X(s+1) − X(s))·(k − s).
public enum Percentile {
    /// The p-th percentile (p in 0…100) of `values`, exact; nil for no values.
    public static func of(_ values: [FixedDecimal], percent p: Int) -> Ratio? {
        guard !values.isEmpty, (0...100).contains(p) else { return nil }
        let x = values.sorted()
        let k = Ratio(1) + Ratio((x.count - 1) * p, 100)
        let s = k.floor  // 1…n
        let low = x[s - 1].ratio
        guard s < x.count else { return low }
        return low + (x[s].ratio - low) * (k - Ratio(s))
    }
}
