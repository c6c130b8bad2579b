using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>
/// The base type of every exception that ClusterStats throws on purpose. Catch this type to handle any
/// ClusterStats error; catch a derived type to handle one kind.
/// </summary>
public class ClusterStatsException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    public ClusterStatsException(string message) : base(message) => ArgumentNullException.ThrowIfNull(message);

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    public ClusterStatsException(string message, Exception? innerException) : base(message, innerException) => ArgumentNullException.ThrowIfNull(message);
}

/// <summary>
/// Thrown when an operation combines quantities whose units do not fit together, for example adding pairs to yuan,
/// or adding CNY to USD without an exchange rate. <see cref="Left"/> and <see cref="Right"/> name both units.
/// </summary>
public sealed class UnitMismatchException : ClusterStatsException
{
    /// <summary>Creates the exception for an operation on two units.</summary>
    internal UnitMismatchException(string operation, Unit left, Unit right, string? hint = null)
        : base($"Cannot {operation} '{left.Code}' and '{right.Code}': the units differ." + (hint is null ? "" : " " + hint))
    {
        Operation = operation;
        Left = left;
        Right = right;
    }

    /// <summary>The operation that was attempted, for example "add".</summary>
    public string Operation { get; }

    /// <summary>The unit of the left operand.</summary>
    public Unit Left { get; }

    /// <summary>The unit of the right operand.</summary>
    public Unit Right { get; }
}

/// <summary>
/// Thrown when a text cannot be read as a figure, unit or other value. Carries the input, the character position
/// (0-based) where reading failed and what was expected there.
/// </summary>
public sealed class ClusterStatsFormatException : ClusterStatsException
{
    /// <summary>Creates the exception.</summary>
    internal ClusterStatsFormatException(string input, int position, string expected)
        : base($"Cannot read '{Internal.ThrowHelper.Shorten(input)}' at position {position}: expected {expected}.")
    {
        Input = input;
        Position = position;
        Expected = expected;
    }

    /// <summary>The text that was read.</summary>
    public string Input { get; }

    /// <summary>The 0-based character position where reading failed.</summary>
    public int Position { get; }

    /// <summary>What was expected at <see cref="Position"/>.</summary>
    public string Expected { get; }
}

/// <summary>
/// One problem in an input file (a figure, region, rate or matrix CSV file, or a microdata file): the file, the 1-based
/// line where the record starts, the column name (or <c>(file)</c>, <c>(header)</c>, <c>(row)</c> for problems of the
/// whole file, header or record), the text found and what was expected. <see cref="ToString"/> gives <c>FILE:LINE:COLUMN: found 'TEXT'; expected WHAT</c>;
/// for a worksheet of an .xlsx workbook, <see cref="Sheet"/> and <see cref="Cell"/> say where, <see cref="Line"/> is the
/// row number and <see cref="ToString"/> gives <c>FILE:SHEET!CELL: found 'TEXT'; expected WHAT</c>.
/// </summary>
/// <param name="File">The file name as given by the caller.</param>
/// <param name="Line">The 1-based line where the record starts (in a sheet, the row); 0 for a problem of the whole file.</param>
/// <param name="Column">The column name, or (file), (header) or (row).</param>
/// <param name="Found">The text found (shortened to 80 characters, with its length when longer).</param>
/// <param name="Expected">What was expected there.</param>
public sealed record InputError(string File, long Line, string Column, string Found, string Expected)
{
    /// <summary>The worksheet of an .xlsx workbook (quoted as in a spreadsheet formula when its name needs it, such as
    /// <c>'Table 1'</c>); null for a CSV file.</summary>
    public string? Sheet { get; init; }

    /// <summary>The cell (<c>C7</c>) or row (<c>7:7</c>) of <see cref="Sheet"/>; empty for a problem of the whole sheet; null for a CSV file.</summary>
    public string? Cell { get; init; }

    /// <summary><c>FILE:LINE:COLUMN: found 'TEXT'; expected WHAT</c>, or <c>FILE:SHEET!CELL: ...</c> for a worksheet;
    /// a problem of no line (<see cref="Line"/> 0: the file is not a workbook, a sheet is missing) is <c>FILE:(file): ...</c>.</summary>
    public override string ToString() =>
        Sheet is null
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{File}:{(Line > 0 ? Line + ":" : "")}{Column}: found '{Found}'; expected {Expected}")
            : $"{File}:{Sheet}{(string.IsNullOrEmpty(Cell) ? "" : "!" + Cell)}: found '{Found}'; expected {Expected}";
}

/// <summary>
/// Thrown when an input file cannot be read: figures, regions, exchange rates, matrices, spreadsheets or microdata.
/// <see cref="Errors"/> holds the problems: the first one (strict reading) or all of them (when the options collect
/// every error). The message lists them one per line as <c>FILE:LINE:COLUMN: found 'TEXT'; expected WHAT</c>.
/// </summary>
public sealed class InputException : ClusterStatsException
{
    /// <summary>Creates the exception from the problems found (at least one).</summary>
    public InputException(IReadOnlyList<InputError> errors)
        : base(string.Join(Environment.NewLine, Checked(errors).Select(e => e.ToString())))
    {
        Errors = ReadOnly.List(errors);
    }

    /// <summary>The problems, in the order found.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    /// <summary>The first problem (the only one when reading stops at the first).</summary>
    public InputError Error => Errors[0];

    private static IReadOnlyList<InputError> Checked(IReadOnlyList<InputError> errors) =>
        errors is null ? throw new ArgumentNullException(nameof(errors))
        : errors.Count == 0 ? throw new ArgumentException("An input exception needs at least one error.", nameof(errors))
        : errors;
}

/// <summary>
/// Thrown when no available font can draw some characters of a chart's text (for example Chinese labels on a machine
/// without a CJK font). <see cref="MissingCharacters"/> lists them; the message names the fix.
/// </summary>
public sealed class MissingGlyphsException : ClusterStatsException
{
    /// <summary>Creates the exception for the characters no font can draw.</summary>
    internal MissingGlyphsException(string missingCharacters, IReadOnlyList<string> searchedFolders, string? fontFile)
        : base(BuildMessage(missingCharacters, searchedFolders, fontFile))
    {
        MissingCharacters = missingCharacters;
        SearchedFolders = ReadOnly.List(searchedFolders);
    }

    /// <summary>The characters that no font can draw, each once, in the order they first occur.</summary>
    public string MissingCharacters { get; }

    /// <summary>The font folders that were searched.</summary>
    public IReadOnlyList<string> SearchedFolders { get; }

    private static string BuildMessage(string missing, IReadOnlyList<string> folders, string? fontFile)
    {
        var codes = string.Join(" ", missing.EnumerateRunes().Select(r => $"U+{r.Value:X4}"));
        var where = folders.Count == 0 ? "no font folder" : string.Join(", ", folders);
        var file = fontFile is null ? "" : $" and the font file '{fontFile}'";
        return $"No font can draw the characters '{missing}' ({codes}) of the chart text: searched {where}{file}. " +
               "Install a CJK font (Debian/Ubuntu: apt-get install fonts-wqy-microhei) or name a font file that has them " +
               "(ChartFontResolver.Default = new ChartFontResolver(fontFile: PATH)).";
    }
}

/// <summary>
/// Thrown when a cluster or region id is not in the data. <see cref="KnownIds"/> lists the ids that are, so a caller
/// can offer them or correct a misspelling.
/// </summary>
public sealed class UnknownRegionException : ClusterStatsException
{
    /// <summary>Creates the exception for <paramref name="id"/>, which is not among <paramref name="knownIds"/>.</summary>
    public UnknownRegionException(string id, IReadOnlyList<string> knownIds)
        : base($"Unknown cluster '{Internal.ThrowHelper.Shorten(id ?? "")}'. Known ids: {string.Join(", ", knownIds ?? [])}.")
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(knownIds);
        Id = id ?? "";
        KnownIds = ReadOnly.List(knownIds ?? []);
    }

    /// <summary>The id that was asked for.</summary>
    public string Id { get; }

    /// <summary>The ids in the data, in ordinal order.</summary>
    public IReadOnlyList<string> KnownIds { get; }
}

/// <summary>
/// Thrown when no exchange rate converts between two currencies in a year (under the chosen policy). The properties
/// say which rate was missing and which years and months have one, so a caller can choose another year, a policy
/// such as <c>MissingRatePolicy.NearestYear</c>, or add the rate.
/// </summary>
public sealed class MissingExchangeRateException : ClusterStatsException
{
    /// <summary>Creates the exception; <paramref name="message"/> says what is missing and what exists.</summary>
    internal MissingExchangeRateException(string message, Currency from, Currency to, int year, IReadOnlyList<int> annualYears, IReadOnlyList<int> months)
        : base(message)
    {
        From = from;
        To = to;
        Year = year;
        AnnualYears = ReadOnly.List(annualYears ?? []);
        Months = ReadOnly.List(months ?? []);
    }

    /// <summary>The currency converted from.</summary>
    public Currency From { get; }

    /// <summary>The currency converted to.</summary>
    public Currency To { get; }

    /// <summary>The year without a rate.</summary>
    public int Year { get; }

    /// <summary>The years that have an annual rate for the pair, in order.</summary>
    public IReadOnlyList<int> AnnualYears { get; }

    /// <summary>The months of <see cref="Year"/> that have a monthly average for the pair, in order.</summary>
    public IReadOnlyList<int> Months { get; }
}

/// <summary>
/// Thrown when an index has no value for the data: shares of 0/0, a growth rate from a zero base, a logarithm or
/// power of zero, a constant eigenvector. The message says why and which policy or data change would define it.
/// </summary>
public sealed class UndefinedIndexException : ClusterStatsException
{
    /// <summary>Creates the exception for <paramref name="index"/>; <paramref name="message"/> says why.</summary>
    internal UndefinedIndexException(string index, string message) : base(message) => Index = index ?? "";

    /// <summary>The index, as its name starts the message (for example <c>Gini</c>, <c>Shift-share</c>, <c>LQ</c>).</summary>
    public string Index { get; }
}

/// <summary>
/// Thrown when a text is not a unit of the vocabulary in use (<see cref="UnitVocabulary"/>). <see cref="Nearest"/> is
/// the nearest known word when one is close ("'paris' is not a unit; did you mean 'pairs'?"); <see cref="KnownUnits"/>
/// lists the known codes. Units of your own are declared, never created by a misspelling.
/// </summary>
public sealed class UnknownUnitException : ClusterStatsException
{
    /// <summary>Creates the exception for <paramref name="text"/>.</summary>
    internal UnknownUnitException(string text, string? nearest, IReadOnlyList<string> knownUnits)
        : base($"'{Internal.ThrowHelper.Shorten(text ?? "")}' is not a unit; " + (nearest is null ? "" : $"did you mean '{nearest}'? ")
               + $"Known units: {string.Join(", ", knownUnits ?? [])} (and their aliases); units of your own are declared (UnitVocabulary.Declare, CsvReadOptions.Units).")
    {
        Text = text ?? "";
        Nearest = nearest;
        KnownUnits = knownUnits ?? [];
    }

    /// <summary>The text that is not a unit.</summary>
    public string Text { get; }

    /// <summary>The nearest known unit word, or null when none is close.</summary>
    public string? Nearest { get; }

    /// <summary>The codes of the known units.</summary>
    public IReadOnlyList<string> KnownUnits { get; }
}

/// <summary>
/// The base of the errors for a name outside a closed vocabulary (an indicator, a metric): <see cref="Name"/> is the
/// name asked for, <see cref="KnownNames"/> lists the known ones and <see cref="Nearest"/> is the nearest when one is
/// close ("did you mean").
/// </summary>
public abstract class UnknownNameException : ClusterStatsException
{
    /// <summary>Creates the exception for <paramref name="name"/>, a name of <paramref name="what"/> (such as "indicator").</summary>
    protected UnknownNameException(string what, string name, string? nearest, IReadOnlyList<string> knownNames)
        : base($"Unknown {what} '{Internal.ThrowHelper.Shorten(name ?? "")}'" + (nearest is null ? "." : $"; did you mean '{nearest}'?")
               + $" Known {what}s: {string.Join(", ", knownNames ?? [])}.")
    {
        Name = name ?? "";
        Nearest = nearest;
        KnownNames = knownNames ?? [];
    }

    /// <summary>The name that was asked for.</summary>
    public string Name { get; }

    /// <summary>The nearest known name, or null when none is close.</summary>
    public string? Nearest { get; }

    /// <summary>The known names.</summary>
    public IReadOnlyList<string> KnownNames { get; }
}

/// <summary>
/// Thrown when an indicator name is not among the known ones (the built-in indicators and those of the figures in
/// use). <see cref="UnknownNameException.KnownNames"/> lists them.
/// </summary>
public sealed class UnknownIndicatorException : UnknownNameException
{
    /// <summary>Creates the exception for <paramref name="name"/>.</summary>
    internal UnknownIndicatorException(string name, string? nearest, IReadOnlyList<string> knownNames)
        : base("indicator", name, nearest, knownNames)
    {
    }
}

/// <summary>
/// Thrown when a metric name is not one of a comparison's metrics (its indicators and derived metrics), which
/// <see cref="UnknownNameException.KnownNames"/> lists in the comparison's order.
/// </summary>
public sealed class UnknownMetricException : UnknownNameException
{
    /// <summary>Creates the exception for <paramref name="name"/>.</summary>
    internal UnknownMetricException(string name, string? nearest, IReadOnlyList<string> knownNames)
        : base("metric", name, nearest, knownNames)
    {
    }
}
