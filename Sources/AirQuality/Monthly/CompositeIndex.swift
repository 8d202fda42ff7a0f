/// 环境空气质量综合指数 as used for city and district rankings: Ii = Ci / Si with Si the
/// grade-II limit (`Pollutant.compositeLimit`), Isum = Σ Ii over the six pollutants, 2 decimals.
/// Ci: the period mean of SO2, NO2, PM10, PM2.5; CO P95 of daily means; O3 P90 of daily max 8-h.
public enum CompositeIndex {
    /// Ii = Ci / Si, exact.
    public static func single(_ pollutant: Pollutant, _ concentration: FixedDecimal) -> Ratio {
        concentration.ratio / Ratio(pollutant.compositeLimit)
    }

    /// Isum rounded to 2 decimals by GB/T 8170 from the exact sum of the exact Ii; nil unless
    /// all six concentrations are given.
    public static func sum(_ concentrations: [Pollutant: FixedDecimal]) -> FixedDecimal? {
        guard Pollutant.allCases.allSatisfy({ concentrations[$0] != nil }) else { return nil }
        let total = concentrations.reduce(Ratio(0)) { $0 + single($1.key, $1.value) }
        return total.rounded(decimals: 2)
    }

    /// 首要污染物 of the period: the pollutant(s) with the largest Ii, in table order.
    public static func primary(_ concentrations: [Pollutant: FixedDecimal]) -> [Pollutant] {
        var best: Ratio? = nil
        var out: [Pollutant] = []
        for p in Pollutant.allCases {
            guard let c = concentrations[p] else { continue }
            let i = single(p, c)
            if best == nil || best.map({ i > $0 }) == true {
                best = i
                out = [p]
            } else if i == best {
                out.append(p)
            }
        }
        return out
    }
}
