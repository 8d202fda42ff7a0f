extension CivilDate {
    /// The years a date from outside (a flag, a file, a briefing) may name: from the founding of
    /// the People's Republic to the end of the century. Anything else is a typo or an attack
    /// (`0000-W01`, a year of eighteen nines), refused before any calendar arithmetic overflows.
    public static let plausibleYears: ClosedRange<Int> = 1949...2100
}
