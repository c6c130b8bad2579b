using System.Globalization;
using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>
/// The year a figure refers to: unknown (the source gives none and any year would be a guess), one year, a year
/// that is approximate (the most likely year, for example "annual output" as of an article's date), or a range of
/// years (a cumulative figure such as 2020-2024). Text form: <c>""</c>, <c>2024</c>, <c>~2024</c>, <c>2020-2024</c>,
/// <c>~2020-2024</c>. Immutable.
/// </summary>
public readonly record struct ReferenceYear
{
    private ReferenceYear(int? from, int? to, bool approximate)
    {
        From = from;
        To = to;
        IsApproximate = approximate;
    }

    /// <summary>No reference year is known.</summary>
    public static ReferenceYear Unknown => default;

    /// <summary>The first year, or null when unknown.</summary>
    public int? From { get; }

    /// <summary>The last year (equal to <see cref="From"/> for a single year), or null when unknown.</summary>
    public int? To { get; }

    /// <summary>Whether the year is the most likely one rather than a stated one.</summary>
    public bool IsApproximate { get; }

    /// <summary>Whether a year is known.</summary>
    public bool IsKnown => From is not null;

    /// <summary>Whether the figure covers several years (a cumulative figure).</summary>
    public bool IsRange => From is not null && To != From;

    /// <summary>One stated year.</summary>
    public static ReferenceYear Exact(int year) => Of(year, year, false);

    /// <summary>One year, approximate.</summary>
    public static ReferenceYear Approximate(int year) => Of(year, year, true);

    /// <summary>A range of years, <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    public static ReferenceYear Range(int from, int to, bool approximate = false) => Of(from, to, approximate);

    private static ReferenceYear Of(int from, int to, bool approximate)
    {
        if (from < 1000 || to > 9999 || to < from)
        {
            ThrowHelper.Argument(nameof(from), $"'{from}-{to}' is not a year range: expected four-digit years, the first not after the last.");
        }
        return new ReferenceYear(from, to, approximate);
    }

    /// <summary>Whether the year (or range) overlaps <paramref name="minYear"/>..<paramref name="maxYear"/>; an unknown year overlaps nothing.</summary>
    public bool Overlaps(int minYear, int maxYear) => From is int f && To is int t && f <= maxYear && t >= minYear;

    /// <summary>Reads the text form (<c>""</c>, <c>2024</c>, <c>~2024</c>, <c>2020-2024</c>).</summary>
    public static bool TryParse(string? text, out ReferenceYear year)
    {
        year = Unknown;
        if (string.IsNullOrEmpty(text)) return true;
        bool approx = text[0] == '~';
        var body = approx ? text[1..] : text;
        var dash = body.IndexOf('-', StringComparison.Ordinal);
        var first = dash < 0 ? body : body[..dash];
        var last = dash < 0 ? body : body[(dash + 1)..];
        if (!TryYear(first, out var f) || !TryYear(last, out var t) || t < f) return false;
        year = new ReferenceYear(f, t, approx);
        return true;
    }

    private static bool TryYear(string s, out int y) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out y) && s.Length == 4 && y >= 1000;

    /// <summary>The text form: <c>""</c>, <c>2024</c>, <c>~2024</c> or <c>2020-2024</c>.</summary>
    public override string ToString()
    {
        if (From is not int f || To is not int t) return "";
        var core = f == t ? f.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{f}-{t}");
        return IsApproximate ? "~" + core : core;
    }
}
