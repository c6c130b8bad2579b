using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>
/// What a figure measures, by a stable snake_case name: the built-in indicators below, or any user-defined name of
/// lower-case letters, digits and '_' starting with a letter (for example <c>export_volume</c>). Two indicators are
/// equal when their names are equal. Immutable.
/// </summary>
public readonly record struct Indicator
{
    private readonly string? _name;

    /// <summary>Creates an indicator from its name.</summary>
    /// <exception cref="ArgumentException">The name is not lower-case snake_case.</exception>
    public Indicator(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!IsValidName(name))
        {
            ThrowHelper.Argument(nameof(name), $"'{ThrowHelper.Shorten(name)}' is not an indicator name: expected lower-case letters, digits and '_', starting with a letter.");
        }
        _name = name;
    }

    /// <summary>The stable name, for example <c>pairs_per_year</c>.</summary>
    public string Name => _name ?? "unknown";

    /// <summary>Pairs produced (or, with a scope note, shipped or capacity) in one year; unit pairs.</summary>
    public static Indicator PairsPerYear { get; } = new("pairs_per_year");
    /// <summary>Gross output value (产值) or turnover as the scope note says; unit: a currency.</summary>
    public static Indicator OutputValue { get; } = new("output_value");
    /// <summary>Number of firms; the scope note says which firms (related, supporting, above designated size).</summary>
    public static Indicator FirmCount { get; } = new("firm_count");
    /// <summary>Number of people employed; unit persons.</summary>
    public static Indicator Employees { get; } = new("employees");
    /// <summary>Value of exports; unit: a currency.</summary>
    public static Indicator ExportValue { get; } = new("export_value");
    /// <summary>Share of national output, in percent.</summary>
    public static Indicator NationalShare { get; } = new("national_share");
    /// <summary>Share of world output or market, in percent.</summary>
    public static Indicator WorldShare { get; } = new("world_share");
    /// <summary>A rank (1 = first); the scope note says among what.</summary>
    public static Indicator Rank { get; } = new("rank");
    /// <summary>Number of (computerised) knitting machines; unit machines.</summary>
    public static Indicator KnittingMachines { get; } = new("knitting_machines");

    /// <summary>The built-in indicators.</summary>
    public static IReadOnlyList<Indicator> BuiltIn { get; } =
        [PairsPerYear, OutputValue, FirmCount, Employees, ExportValue, NationalShare, WorldShare, Rank, KnittingMachines];

    /// <summary>Whether <paramref name="name"/> is a valid indicator name.</summary>
    public static bool IsValidName(string? name)
    {
        if (string.IsNullOrEmpty(name) || !char.IsAsciiLetterLower(name[0])) return false;
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_')) return false;
        }
        return true;
    }

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
