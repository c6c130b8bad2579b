using System.Globalization;
using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>
/// The values a figure can have by its unit and indicator, checked wherever a figure is read or made: a count
/// (pairs, firms, persons, machines, years) is 0 or more; firms, persons, machines, ranks and calendar years are whole
/// numbers; a rank is 1 or more; a share (an indicator whose name ends in <c>_share</c>, or contains <c>_share_</c>, in
/// percent) is between 0 and 100 percent.
/// </summary>
internal static class FigureDomain
{
    private static readonly string[] WholeCounts = ["firms", "persons", "machines", "year"];

    /// <summary>What the value must be when <paramref name="value"/> is impossible for the unit and indicator; null when it is possible.</summary>
    public static string? Expected(Indicator indicator, Unit unit, decimal value)
    {
        bool whole = decimal.Truncate(value) == value;
        if (unit == Unit.Rank)
            return whole && value >= 1 ? null : "a rank: a whole number, 1 or more";
        if (unit.IsCount)
        {
            var code = unit.Code;
            if (WholeCounts.Contains(code, StringComparer.Ordinal))
                return whole && value >= 0 ? null : code == "year" ? "a calendar year: a whole number" : $"a whole number of {code}, 0 or more";
            return value >= 0 ? null : $"a count of {code}: 0 or more";
        }
        if (unit == Unit.Percent && IsShare(indicator))
            return value is >= 0 and <= 100 ? null : "a share: 0 to 100 percent";
        return null;
    }

    /// <summary>Whether the indicator is a share of a whole (national_share, export_share_of_output).</summary>
    public static bool IsShare(Indicator indicator) =>
        indicator.Name.EndsWith("_share", StringComparison.Ordinal) || indicator.Name.Contains("_share_", StringComparison.Ordinal);

    /// <summary>Throws when a figure made in code has an impossible value or high bound.</summary>
    public static void Require(Indicator indicator, Unit unit, decimal value, string paramName)
    {
        if (Expected(indicator, unit, value) is string expected)
            ThrowHelper.Argument(paramName, string.Create(CultureInfo.InvariantCulture, $"The {indicator} value {value} {unit} is impossible: expected {expected}."));
    }
}
