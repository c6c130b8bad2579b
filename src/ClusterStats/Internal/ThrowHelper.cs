using System.Globalization;
using System.Diagnostics.CodeAnalysis;

namespace ClusterStats.Internal;

/// <summary>
/// The one place that creates and throws ClusterStats exceptions, so that messages stay consistent and the throwing
/// methods stay small enough to inline.
/// </summary>
internal static class ThrowHelper
{
    /// <summary>The most characters of an input that a message shows.</summary>
    public const int MaxShown = 80;

    /// <summary>
    /// An input as a message shows it: on one line (CR and LF written as \r and \n) and, when longer than
    /// <see cref="MaxShown"/> characters, its start followed by "... (N characters)", so that a megabyte of input
    /// never becomes a megabyte of message.
    /// </summary>
    public static string Shorten(string text) =>
        Start(text, out bool cut) is var shown && !cut
            ? shown
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{shown}... ({text.Length} characters)");

    /// <summary>
    /// UTF-8 input as a message shows it (see <see cref="Shorten(string)"/>); only the start is decoded, so a long
    /// input is counted in bytes: "... (N bytes)".
    /// </summary>
    public static string Shorten(ReadOnlySpan<byte> utf8)
    {
        const int MaxBytes = 4 * MaxShown;
        if (utf8.Length <= MaxBytes) return Shorten(System.Text.Encoding.UTF8.GetString(utf8));
        var shown = Start(System.Text.Encoding.UTF8.GetString(utf8[..MaxBytes]), out _);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{shown}... ({utf8.Length} bytes)");
    }

    // The first MaxShown characters of the text on one line; cut says whether anything was left out.
    private static string Start(string text, out bool cut)
    {
        var start = text.Length <= MaxShown ? text : text[..MaxShown];
        var oneLine = start.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        cut = text.Length > MaxShown || oneLine.Length > MaxShown;
        if (!cut) return oneLine;
        if (oneLine.Length > MaxShown) oneLine = oneLine[..MaxShown];
        // Never end on the first half of a surrogate pair.
        return char.IsHighSurrogate(oneLine[^1]) ? oneLine[..^1] : oneLine;
    }

    [DoesNotReturn]
    public static void UnitMismatch(string operation, Unit left, Unit right, string? hint = null) =>
        throw new UnitMismatchException(operation, left, right, hint);

    [DoesNotReturn]
    public static T UnitMismatch<T>(string operation, Unit left, Unit right, string? hint = null) =>
        throw new UnitMismatchException(operation, left, right, hint);

    [DoesNotReturn]
    public static void Format(string input, int position, string expected) =>
        throw new ClusterStatsFormatException(input, position, expected);

    [DoesNotReturn]
    public static T Format<T>(string input, int position, string expected) =>
        throw new ClusterStatsFormatException(input, position, expected);

    [DoesNotReturn]
    public static void Argument(string paramName, string message) =>
        throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    public static T Argument<T>(string paramName, string message) =>
        throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    public static void Invalid(string message) => throw new ClusterStatsException(message);

    [DoesNotReturn]
    public static T Invalid<T>(string message) => throw new ClusterStatsException(message);

    /// <summary>A sum or result of an index is beyond the range of a double: refused, never shown as Infinity or a wrapped-around value.</summary>
    [DoesNotReturn]
    public static void Overflow(string index, string what) =>
        throw new ClusterStatsException($"{index}: {what} is beyond the range of a double (about 1.8e308), so it cannot be represented. Rescale the values (for example to thousands or millions) first.");

    /// <summary>An index has no value for the data (0/0 shares, a zero base, a constant eigenvector, ...).</summary>
    [DoesNotReturn]
    public static void UndefinedIndex(string index, string why) => throw new UndefinedIndexException(index, $"{index}: {why}");

    /// <inheritdoc cref="UndefinedIndex(string, string)"/>
    [DoesNotReturn]
    public static T UndefinedIndex<T>(string index, string why) => throw new UndefinedIndexException(index, $"{index}: {why}");

    /// <summary>An index got fewer values than it needs.</summary>
    [DoesNotReturn]
    public static void TooFewValues(string index, int needed, int found) =>
        throw new ClusterStatsException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{index} needs at least {needed} value(s), found {found}."));

    /// <summary>Value number <paramref name="number"/> (1-based) of an index's input is NaN or infinite.</summary>
    [DoesNotReturn]
    public static void ValueNotFinite(string index, int number, string value, string? hint = null) =>
        throw new ClusterStatsException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{index}: value #{number} is {value}; expected a finite number{(hint is null ? "" : " (" + hint + ")")}."));

    /// <summary>Value number <paramref name="number"/> (1-based) of an index's input is negative.</summary>
    [DoesNotReturn]
    public static void ValueNegative(string index, int number, string value) =>
        throw new ClusterStatsException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{index}: value #{number} is negative ({value}); the index is defined for non-negative values only."));

    /// <summary>Two inputs of an index that pair value by value have different lengths.</summary>
    [DoesNotReturn]
    public static void LengthMismatch(string index, int values, int others, string whatOthers) =>
        throw new ClusterStatsException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{index}: {values} values but {others} {whatOthers}."));

    /// <summary>A parameter of an index is outside its domain; <paramref name="rule"/> says what it must be.</summary>
    [DoesNotReturn]
    public static void ParameterOutOfRange(string index, string rule, string found) =>
        throw new ClusterStatsException($"{index}: {rule}, found {found}.");

    /// <summary>A cell of a region-industry matrix is missing under <see cref="Indices.MissingCellPolicy.Error"/>.</summary>
    [DoesNotReturn]
    public static void MissingCell(string index, string region, string industry) =>
        throw new ClusterStatsException($"{index}: the cell of region '{region}' and industry '{industry}' is missing. Give it a value, or choose the missing-cell policy MissingCellPolicy.Zero if absent cells mean zero.");

    /// <summary>A cell of a region-industry matrix is negative.</summary>
    [DoesNotReturn]
    public static void NegativeCell(string index, string region, string industry, double value) =>
        throw new ClusterStatsException($"{index}: the cell of region '{region}' and industry '{industry}' is negative ({value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}); the index is defined for non-negative values only.");

    /// <summary>A cell of a region-industry matrix is infinite.</summary>
    [DoesNotReturn]
    public static void InfiniteCell(string index, string region, string industry, double value) =>
        throw new ClusterStatsException($"{index}: the cell of region '{region}' and industry '{industry}' is {value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}; expected a finite number.");

    /// <summary>Shift-share was asked for an end year that does not come after its base year.</summary>
    [DoesNotReturn]
    public static void ShiftShareYears(string baseYear, string endYear) =>
        throw new ClusterStatsException($"Shift-share: the end year ({endYear}) must come after the base year ({baseYear}).");

    /// <summary>The algebraic zero-base form was asked for with Esteban-Marquillas.</summary>
    [DoesNotReturn]
    public static void AlgebraicFormWithEstebanMarquillas() =>
        throw new ClusterStatsException("Shift-share: the algebraic form for zero base-year cells does not apply to Esteban-Marquillas, whose allocation effect needs every regional growth rate.");

    /// <summary>The national data of a shift-share lack a year, or an industry in that year (<paramref name="industry"/>).</summary>
    [DoesNotReturn]
    public static void NationalDataMissing(string year, string? industry = null) =>
        throw new ClusterStatsException(industry is null
            ? $"Shift-share: the national data have no year {year}."
            : $"Shift-share: the national data of {year} have no industry '{industry}'.");

    /// <summary>The reference totals of a matrix index lack an industry of the matrix.</summary>
    [DoesNotReturn]
    public static void ReferenceIndustryMissing(string index, string industry) =>
        throw new ClusterStatsException($"{index}: the reference totals have no industry '{industry}'.");

    /// <summary>A region's value exceeds the reference total of its industry.</summary>
    [DoesNotReturn]
    public static void PartExceedsReference(string index, string region, string industry, string value, string total) =>
        throw new ClusterStatsException($"{index}: region '{region}' has {value} in industry '{industry}', more than the reference total {total}; a part cannot exceed its whole.");

    /// <summary>Ellison-Glaeser got no firm records.</summary>
    [DoesNotReturn]
    public static void NoFirmRecords() => throw new ClusterStatsException("Ellison-Glaeser: no firm records.");

    /// <summary>An employment of Ellison-Glaeser (of <paramref name="who"/>, such as "firm 'A'") is negative or not finite.</summary>
    [DoesNotReturn]
    public static void EmploymentInvalid(string who, string employmentKind, string value) =>
        throw new ClusterStatsException($"Ellison-Glaeser: {who} has {employmentKind} {value}; expected a finite, non-negative number.");

    /// <summary>A firm appears twice in one industry of Ellison-Glaeser's records.</summary>
    [DoesNotReturn]
    public static void FirmTwice(string firm, string industry) =>
        throw new ClusterStatsException($"Ellison-Glaeser: firm '{firm}' appears twice in industry '{industry}'; give one record per plant.");

    /// <summary>A firm's region has no total employment.</summary>
    [DoesNotReturn]
    public static void RegionWithoutTotal(string firm, string region) =>
        throw new ClusterStatsException($"Ellison-Glaeser: firm '{firm}' is in region '{region}', which has no total employment.");

    /// <summary>The regions' total employment of Ellison-Glaeser is zero.</summary>
    [DoesNotReturn]
    public static void ZeroTotalEmployment() => throw new ClusterStatsException("Ellison-Glaeser: the regions' total employment is zero.");

    /// <summary>The employment and establishment matrices of cluster strength do not line up.</summary>
    [DoesNotReturn]
    public static void ClusterStrengthShapes() =>
        throw new ClusterStatsException("Cluster strength: the employment and establishment matrices must list the same regions and clusters in the same order.");

    /// <summary>No figure is about the cluster or region <paramref name="id"/>.</summary>
    [DoesNotReturn]
    public static void UnknownRegion(string id, IEnumerable<string> knownIds) =>
        throw new UnknownRegionException(id, knownIds.Order(StringComparer.Ordinal).ToArray());

    /// <summary>No annual rate of the currency against the US dollar in the year, under the converter's policy.</summary>
    [DoesNotReturn]
    public static T NoUsdRate<T>(Currency currency, int year, int[] annualYears, int[] months, string policyHint) =>
        throw new MissingExchangeRateException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"No annual {currency}/USD rate for {year} (annual rates exist for {(annualYears.Length == 0 ? "no year" : string.Join(", ", annualYears))}{(months.Length == 0 ? "" : "; monthly averages for " + year + " exist for months " + string.Join(", ", months))}).{policyHint}"),
            currency, Currency.USD, year, annualYears, months);

    /// <summary>No annual rate of the pair in the year.</summary>
    [DoesNotReturn]
    public static T NoAnnualRate<T>(Currency from, Currency to, int year, int[] annualYears, int[] months) =>
        throw new MissingExchangeRateException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"No annual {to} per {from} rate for {year}. Annual rates exist for {(annualYears.Length == 0 ? "no year" : string.Join(", ", annualYears))}")
            + (months.Length == 0 ? "." : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"; {year} has monthly averages for months {string.Join(", ", months)} (use MeanOfMonths to choose them explicitly).")),
            from, to, year, annualYears, months);

    /// <summary>No monthly average of the pair in the year.</summary>
    [DoesNotReturn]
    public static void NoMonthlyRate(Currency from, Currency to, int year, int[] annualYears) =>
        throw new MissingExchangeRateException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"No monthly {to} per {from} rate for {year}."),
            from, to, year, annualYears, []);

    [DoesNotReturn]
    public static void NoComparisonYear(string focal) =>
        throw new ClusterStatsException($"Cannot choose a comparison year: {focal} has no dated figure of the compared indicators; give a year (ComparisonOptions.Year).");

    [DoesNotReturn]
    public static void CsvInput(IReadOnlyList<CsvError> errors) => throw new CsvInputException(errors);

    [DoesNotReturn]
    public static T MissingGlyphs<T>(IEnumerable<int> codePoints, IReadOnlyList<string> searchedFolders, string? fontFile) =>
        throw new MissingGlyphsException(string.Concat(codePoints.Select(char.ConvertFromUtf32)), searchedFolders, fontFile);

    [DoesNotReturn]
    public static Exception ArticleNotUtf8(string file, int byteIndex) =>
        throw new ClusterStatsException(string.Create(CultureInfo.InvariantCulture,
            $"{Printable.Escape(file)}: byte {byteIndex} is not UTF-8; expected a UTF-8 text file (convert GB18030 or Shift_JIS text to UTF-8 first)."));

    [DoesNotReturn]
    public static void InputFile(string file, int line, string column, string found, string expected) =>
        throw new CsvInputException([new CsvError(file, line, column, Shorten(found), expected)]);

    [DoesNotReturn]
    public static T InputFile<T>(string file, int line, string column, string found, string expected) =>
        throw new CsvInputException([new CsvError(file, line, column, Shorten(found), expected)]);

    /// <summary>A text is longer than a spreadsheet cell holds.</summary>
    [DoesNotReturn]
    public static void CellTooLong(string cell, int length, int limit) =>
        throw new ClusterStatsException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Cannot write cell {cell} of the workbook: its text has {length} characters; a spreadsheet cell holds at most {limit}. Shorten the text (it is not cut)."));

    [DoesNotReturn]
    public static T CsvInput<T>(IReadOnlyList<CsvError> errors) => throw new CsvInputException(errors);

    /// <summary>A text is not a unit of the vocabulary in use.</summary>
    [DoesNotReturn]
    public static T UnknownUnit<T>(string text, string? nearest, IReadOnlyList<string> known) =>
        throw new UnknownUnitException(text, nearest, known);

    /// <summary>An indicator name is not among the known ones.</summary>
    [DoesNotReturn]
    public static T UnknownIndicator<T>(string name, IReadOnlyList<string> known) =>
        throw new UnknownIndicatorException(name, Words.Nearest(name, known), known);

    /// <summary>A metric name is not one of a comparison's metrics.</summary>
    [DoesNotReturn]
    public static void UnknownMetric(string name, IReadOnlyList<string> known) =>
        throw new UnknownMetricException(name, Words.Nearest(name, known), known);

    /// <summary>The peers of a cluster cannot be chosen by product focus: its focus is unknown.</summary>
    [DoesNotReturn]
    public static T UnknownProductFocus<T>(string focal) =>
        throw new ClusterStatsException($"Cannot choose the peers of '{focal}' by product focus: its product focus is unknown (it is not in the regions, or its region has no product_focus). Give its region with a product focus (RegionCsv.Read, ReferenceDataset.WithRegions, ComparisonOptions.Regions), or list its peers (ComparisonOptions.Peers).");

    [DoesNotReturn]
    public static void Disconnected(IReadOnlyList<IReadOnlyList<string>> components) =>
        throw new DisconnectedNetworkException(components);

    [DoesNotReturn]
    public static T Inexact<T>(string operation, decimal left, string op, decimal right) =>
        throw new ClusterStatsException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Cannot {operation} exactly: {left} {op} {right} needs more digits than a decimal holds (28 to 29 significant digits, at most 79228162514264337593543950335); the result is not rounded."));

    [DoesNotReturn]
    public static T InexactSum<T>(string file, string column, string group, string exactSum) =>
        throw new ClusterStatsException($"{file}: the exact sum of column '{column}' for {group} is {exactSum}, which a decimal cannot hold (at most 28 fraction digits and 28 to 29 significant digits); it is not rounded. Sum the column in a narrower group or with fewer fraction digits.");

    [DoesNotReturn]
    public static void MicrodataFormat(CsvError error) =>
        throw new Microdata.MicrodataFormatException(error);

    [DoesNotReturn]
    public static void OutputIsLink(string path, string target) =>
        throw new ClusterStatsException($"Will not write '{Printable.Escape(path)}': it is a symbolic link (to '{Printable.Escape(target)}'); expected a plain file or folder, or none. ClusterStats never writes through links.");

    [DoesNotReturn]
    public static void OutputIsFolder(string path) =>
        throw new ClusterStatsException($"Will not write the file '{Printable.Escape(path)}': a folder of that name exists; expected a file name.");

    [DoesNotReturn]
    public static void OutputNotReportFolder(string directory, string why) =>
        throw new ClusterStatsException($"Will not write a report into '{Printable.Escape(directory)}': {why}; expected a missing folder, an empty folder or one that ClusterStats wrote before (it holds {OutputFolder.MarkerFile}).");

    [DoesNotReturn]
    public static T OutputLocked<T>(string directory, Exception inner) =>
        throw new ClusterStatsException($"Will not write a report into '{Printable.Escape(directory)}': another ClusterStats run is writing it; expected one run per folder at a time.", inner);

    [DoesNotReturn]
    public static T InputTooLarge<T>(string file, long limit) =>
        throw new ClusterStatsException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Cannot read '{Printable.Escape(file)}': it is longer than {limit} bytes (or endless, like a device); expected a file of at most {limit} bytes."));

    [DoesNotReturn]
    public static T InputChangedSize<T>(string file, long declared) =>
        throw new ClusterStatsException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Cannot read '{Printable.Escape(file)}': it gave more than the {declared} bytes its size says (a device, or a file growing while read); expected a regular file that does not change while read."));

    [DoesNotReturn]
    public static T InputShrank<T>(string file, long declared, long read) =>
        throw new ClusterStatsException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Cannot read '{Printable.Escape(file)}': it ended after {read} of the {declared} bytes its size says (the file shrank while read); expected a file that does not change while read."));

    [DoesNotReturn]
    public static T InputIsFolder<T>(string path) =>
        throw new ClusterStatsException($"Cannot read '{Printable.Escape(path)}': it is a folder; expected a file.");

    [DoesNotReturn]
    public static void ChartData(string message) => throw new ClusterStatsException(message);

    [DoesNotReturn]
    public static T ChartData<T>(string message) => throw new ClusterStatsException(message);

    [DoesNotReturn]
    public static void OutputIsDevice(string path) =>
        throw new ClusterStatsException($"Will not write the file '{Printable.Escape(path)}': it is a device, pipe or socket; expected a regular file name.");
}
