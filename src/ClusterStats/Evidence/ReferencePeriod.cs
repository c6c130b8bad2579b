using System.Globalization;
using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>
/// A part of one calendar year that a figure covers: months <see cref="FirstMonth"/> to <see cref="LastMonth"/> of
/// <see cref="Year"/>. Text form: <c>2023-Q1</c> for a quarter, <c>2023-H1</c> for a half year, otherwise
/// <c>2023-01/2023-09</c>. A figure of the whole year has no period (<see cref="Figure.Period"/> is null). Immutable.
/// </summary>
public readonly record struct ReferencePeriod
{
    private ReferencePeriod(int year, int first, int last)
    {
        Year = year;
        FirstMonth = first;
        LastMonth = last;
    }

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>The first month covered, 1 to 12.</summary>
    public int FirstMonth { get; }

    /// <summary>The last month covered, <see cref="FirstMonth"/> to 12.</summary>
    public int LastMonth { get; }

    /// <summary>Months <paramref name="first"/> to <paramref name="last"/> of <paramref name="year"/>, less than the whole year.</summary>
    public static ReferencePeriod Months(int year, int first, int last)
    {
        if (year < 1000 || year > 9999 || first < 1 || last > 12 || last < first || (first == 1 && last == 12))
            ThrowHelper.Argument(nameof(first), string.Create(CultureInfo.InvariantCulture,
                $"'{year}-{first:00}/{year}-{last:00}' is not a part of a year: expected a four-digit year and months 1 to 12, the first not after the last, not the whole year."));
        return new ReferencePeriod(year, first, last);
    }

    /// <summary>Quarter <paramref name="quarter"/> (1 to 4) of <paramref name="year"/>.</summary>
    public static ReferencePeriod Quarter(int year, int quarter) =>
        quarter is >= 1 and <= 4 ? Months(year, quarter * 3 - 2, quarter * 3) : ThrowHelper.Argument<ReferencePeriod>(nameof(quarter), "A quarter is 1 to 4.");

    /// <summary>Half year <paramref name="half"/> (1 or 2) of <paramref name="year"/>.</summary>
    public static ReferencePeriod Half(int year, int half) =>
        half is 1 or 2 ? Months(year, half * 6 - 5, half * 6) : ThrowHelper.Argument<ReferencePeriod>(nameof(half), "A half year is 1 or 2.");

    /// <summary>Reads the text form (<c>2023-Q1</c>, <c>2023-H1</c>, <c>2023-01/2023-09</c>); false for anything else, the whole year included.</summary>
    public static bool TryParse(string? text, out ReferencePeriod period)
    {
        period = default;
        if (text is null || text.Length < 7 || text[4] != '-' || !TryNumber(text[..4], 4, out var year) || year < 1000) return false;
        var rest = text[5..];
        if (rest.Length == 2 && (rest[0] == 'Q' || rest[0] == 'H') && TryNumber(rest[1..], 1, out var n))
        {
            if (rest[0] == 'Q' && n is >= 1 and <= 4) { period = new(year, n * 3 - 2, n * 3); return true; }
            if (rest[0] == 'H' && n is 1 or 2) { period = new(year, n * 6 - 5, n * 6); return true; }
            return false;
        }
        // 01/2023-09
        if (rest.Length != 10 || rest[2] != '/' || rest[7] != '-' || !TryNumber(rest[..2], 2, out var first)
            || !TryNumber(rest[3..7], 4, out var year2) || year2 != year || !TryNumber(rest[8..], 2, out var last)
            || first < 1 || last > 12 || last < first || (first == 1 && last == 12)) return false;
        period = new(year, first, last);
        return true;
    }

    private static bool TryNumber(string s, int digits, out int value) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value) && s.Length == digits;

    /// <summary>The text form: <c>2023-Q1</c>, <c>2023-H1</c> or <c>2023-01/2023-09</c>.</summary>
    public override string ToString()
    {
        int length = LastMonth - FirstMonth + 1;
        if (length == 3 && FirstMonth % 3 == 1) return string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{(FirstMonth + 2) / 3}");
        if (length == 6 && FirstMonth % 6 == 1) return string.Create(CultureInfo.InvariantCulture, $"{Year}-H{(FirstMonth + 5) / 6}");
        return string.Create(CultureInfo.InvariantCulture, $"{Year}-{FirstMonth:00}/{Year}-{LastMonth:00}");
    }
}
