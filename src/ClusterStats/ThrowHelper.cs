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
    public static string Shorten(ReadOnlySpan<byte> utf8) => Shorten(utf8, System.Text.Encoding.UTF8);

    /// <summary>Input in <paramref name="encoding"/> as a message shows it, as <see cref="Shorten(ReadOnlySpan{byte})"/> does for UTF-8.</summary>
    public static string Shorten(ReadOnlySpan<byte> bytes, System.Text.Encoding encoding)
    {
        const int MaxBytes = 4 * MaxShown;
        if (bytes.Length <= MaxBytes) return Shorten(encoding.GetString(bytes));
        var shown = Start(encoding.GetString(bytes[..MaxBytes]), out _);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{shown}... ({bytes.Length} bytes)");
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

    /// <summary>A region's total employment given to Ellison-Glaeser is below what its own plants employ.</summary>
    [DoesNotReturn]
    public static void RegionTotalBelowPlants(string region, string total, string plants) =>
        throw new ClusterStatsException($"Ellison-Glaeser: region '{region}' has total employment {total}, but its plants in the records employ {plants}; expected a total of at least the plants' employment (all employment of the region, in every industry).");

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
    public static void Input(IReadOnlyList<InputError> errors) => throw new InputException(errors);

    /// <summary>One problem in an input file (a figure, matrix or microdata file).</summary>
    [DoesNotReturn]
    public static void Input(InputError error) => throw new InputException([error]);

    /// <summary>One problem in an input file, where a value is expected.</summary>
    [DoesNotReturn]
    public static T Input<T>(InputError error) => throw new InputException([error]);

    [DoesNotReturn]
    public static T MissingGlyphs<T>(IEnumerable<int> codePoints, IReadOnlyList<string> searchedFolders, string? fontFile) =>
        throw new MissingGlyphsException(string.Concat(codePoints.Select(char.ConvertFromUtf32)), searchedFolders, fontFile);

    [DoesNotReturn]
    public static Exception ArticleNotUtf8(string file, int byteIndex) =>
        throw new ClusterStatsException(string.Create(CultureInfo.InvariantCulture,
            $"{Printable.Escape(file)}: byte {byteIndex} is not UTF-8; expected a UTF-8 text file (convert GB18030 or Shift_JIS text to UTF-8 first)."));

    [DoesNotReturn]
    public static void InputFile(string file, long line, string column, string found, string expected) =>
        throw new InputException([new InputError(file, line, column, Shorten(found), expected)]);

    [DoesNotReturn]
    public static T InputFile<T>(string file, long line, string column, string found, string expected) =>
        throw new InputException([new InputError(file, line, column, Shorten(found), expected)]);

    /// <summary>A text is longer than a spreadsheet cell holds.</summary>
    [DoesNotReturn]
    public static void CellTooLong(string cell, int length, int limit) =>
        throw new ClusterStatsException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Cannot write cell {cell} of the workbook: its text has {length} characters; a spreadsheet cell holds at most {limit}. Shorten the text (it is not cut)."));

    [DoesNotReturn]
    public static T CsvInput<T>(IReadOnlyList<InputError> errors) => throw new InputException(errors);

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
    public static void OutputIsLink(string path, string target) =>
        throw new ClusterStatsException($"Will not write '{Printable.Escape(path)}': it is a symbolic link (to '{Printable.Escape(target)}'); expected a plain file or folder, or none. ClusterStats never writes through links.");

    [DoesNotReturn]
    public static void OutputIsFolder(string path) =>
        throw new ClusterStatsException($"Will not write the file '{Printable.Escape(path)}': a folder of that name exists; expected a file name.");

    [DoesNotReturn]
    public static void OutputNotReportFolder(string directory, string why, string markerFile) =>
        throw new ClusterStatsException($"Will not write a report into '{Printable.Escape(directory)}': {why}; expected a missing folder, an empty folder or one that ClusterStats wrote before (it holds {markerFile}).");

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
    public static void OutputIsDevice(string path) =>
        throw new ClusterStatsException($"Will not write the file '{Printable.Escape(path)}': it is a device, pipe or socket; expected a regular file name.");

    private static string Invariant(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string R(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    // Quantities and money

    /// <summary>An amount to convert into a currency is not money in one currency.</summary>
    [DoesNotReturn]
    public static T NotMoney<T>(string unitCode, string target) =>
        throw new ClusterStatsException($"Cannot convert '{Shorten(unitCode)}' to {target}: it is not money in one currency.");

    /// <summary>A price index has no positive value for a year it is asked for.</summary>
    [DoesNotReturn]
    public static T PriceIndexNoValue<T>(string index, int year, IEnumerable<int> years) =>
        throw new ClusterStatsException(Invariant($"The price index '{index}' has no positive value for {year} (it has {string.Join(", ", years.Order())})."));

    /// <summary>A price index is for prices in one currency and the figure is money in another.</summary>
    [DoesNotReturn]
    public static void PriceIndexCurrency(string index, Currency indexCurrency, string regionId, string indicator, Currency money) =>
        throw new ClusterStatsException($"The price index '{index}' is for {indexCurrency} prices, but {regionId} {indicator} is in {money}: convert to {indexCurrency} first (ComparisonOptions.Currency).");

    // Comparisons

    /// <summary>Peers of the same country were asked for, but the focal cluster has no country.</summary>
    [DoesNotReturn]
    public static void NoCountryForPeers(string focal) =>
        throw new ClusterStatsException($"Cannot choose peers of the same country: no region metadata with a country for '{focal}' (set ComparisonOptions.Regions, or list the peers).");

    /// <summary>A cluster has no value of a metric in a year that a growth needs.</summary>
    [DoesNotReturn]
    public static void NoMetricValue(string regionId, string metric, int year, IEnumerable<string> notes) =>
        throw new ClusterStatsException(Invariant($"{regionId} has no {metric} for {year}: {string.Join("; ", notes.DefaultIfEmpty("no figure"))}."));

    /// <summary>A growth in percent from a start value of zero.</summary>
    [DoesNotReturn]
    public static T GrowthFromZero<T>(string regionId, string metric, int fromYear) =>
        throw new ClusterStatsException(Invariant($"{regionId} {metric} is 0 in {fromYear}: growth in percent is undefined."));

    // Figures in data frames and embedded data

    /// <summary>A data frame lacks a column.</summary>
    [DoesNotReturn]
    public static T FrameColumnMissing<T>(string column, IEnumerable<string> columns) =>
        throw new ClusterStatsException($"The data frame has no column '{Shorten(column)}' (columns: {Shorten(string.Join(", ", columns))}).");

    /// <summary>A column of a data frame has another type than the one expected.</summary>
    [DoesNotReturn]
    public static T FrameColumnType<T>(string column, string found, string expected) =>
        throw new ClusterStatsException($"Column '{Shorten(column)}' is {found}, expected {expected}.");

    /// <summary>A cell of a data frame that must have a value is empty (or null).</summary>
    [DoesNotReturn]
    public static T FrameCellEmpty<T>(long row, string column) =>
        throw new ClusterStatsException(Invariant($"Data frame row {row}: column '{Shorten(column)}' is empty."));

    /// <summary>A code cell of a data frame (qualifier, confidence, status) holds no such code.</summary>
    [DoesNotReturn]
    public static void FrameCode(long row, string? found, string expected) =>
        throw new ClusterStatsException(Invariant($"Data frame row {row}: '{Shorten(found ?? "")}' is not {expected}."));

    /// <summary>The period of a data frame row is not a part of the row's year.</summary>
    [DoesNotReturn]
    public static void FramePeriod(long row, string period) =>
        throw new ClusterStatsException(Invariant($"Data frame row {row}: period '{Shorten(period)}' is not a part of the row's year (2023-Q1, 2023-H1 or 2023-01/2023-09)."));

    /// <summary>The qualifier and value_high of a data frame row do not make a range, or only one of them does.</summary>
    [DoesNotReturn]
    public static void FrameRange(long row) =>
        throw new ClusterStatsException(Invariant($"Data frame row {row}: a range needs qualifier range and a value_high above its value, and only a range has value_high."));

    /// <summary>A value of a data frame row is impossible for its unit and indicator (a negative count, a share above 100 %, half a firm).</summary>
    [DoesNotReturn]
    public static void FrameValue(long row, string column, decimal found, string expected) =>
        throw new ClusterStatsException(Invariant($"Data frame row {row}, column {column}: found '{found}'; expected {expected}."));

    /// <summary>The assembly lacks a data file it embeds.</summary>
    [DoesNotReturn]
    public static T NoEmbeddedFile<T>(string fileName) =>
        throw new ClusterStatsException($"The assembly has no embedded data file '{fileName}'.");

    // Microdata

    /// <summary>Two groups kept for a region x industry matrix fall in one cell.</summary>
    [DoesNotReturn]
    public static void TwoGroupsInCell(string region, string industry) =>
        throw new ClusterStatsException($"Two groups fall in the cell of region '{Shorten(region)}' and industry '{Shorten(industry)}': filter the other key columns (for example one year).");

    /// <summary>A 64-bit sum of a microdata column overflows.</summary>
    [DoesNotReturn]
    public static void LongSumOverflow(string column) =>
        throw new ClusterStatsException($"The sum of column '{Shorten(column)}' in one group exceeds the 64-bit range (about 9.2e18): sum it as Decimal.");

    // Indices

    /// <summary>Two long-form records give the same matrix cell.</summary>
    [DoesNotReturn]
    public static void TwoRecordsInCell(string region, string industry) =>
        throw new ClusterStatsException($"Two records for region '{Shorten(region)}' and industry '{Shorten(industry)}': a matrix cell holds one value (aggregate first if a sum is meant).");

    /// <summary>A reference total of an industry is negative or not finite.</summary>
    [DoesNotReturn]
    public static void ReferenceTotalInvalid(string industry, double total) =>
        throw new ClusterStatsException($"The reference total of industry '{Shorten(industry)}' is {R(total)}; expected a finite, non-negative number.");

    /// <summary>The reference grand total is not positive or below the sum of the industry totals.</summary>
    [DoesNotReturn]
    public static void ReferenceGrandTotal(double grandTotal, double sum) =>
        throw new ClusterStatsException($"The reference grand total {R(grandTotal)} must be positive and at least the sum of the industry totals ({R(sum)}).");

    /// <summary>A panel has no matrix for a year.</summary>
    [DoesNotReturn]
    public static T NoPanelYear<T>(int year, IEnumerable<int> years) =>
        throw new ClusterStatsException(Invariant($"No data for the year {year} (years present: {string.Join(", ", years)})."));

    /// <summary>A result has no region, industry or other label asked for.</summary>
    [DoesNotReturn]
    public static T NotInResult<T>(string kind, string label) =>
        throw new ClusterStatsException($"No {kind} '{Shorten(label)}' in the result.");

    /// <summary>A shift-share result has no component of the name asked for.</summary>
    [DoesNotReturn]
    public static T NoShiftShareComponent<T>(string component, IEnumerable<string> components) =>
        throw new ClusterStatsException($"No shift-share component '{Shorten(component)}' (components: {string.Join(", ", components)}).");

    /// <summary>Economic complexity got a matrix without any product in any region.</summary>
    [DoesNotReturn]
    public static void ComplexityEmpty() =>
        throw new ClusterStatsException("Economic complexity: no region has any product (M is all zeros).");

    /// <summary>The eigenvector method of economic complexity got fewer than two regions or products.</summary>
    [DoesNotReturn]
    public static void ComplexityTooSmall(int regions, int products) =>
        throw new ClusterStatsException(Invariant($"Economic complexity: the eigenvector method needs at least two included regions and two included products (found {regions} and {products})."));

    /// <summary>A binary matrix M holds a value other than 0 or 1.</summary>
    [DoesNotReturn]
    public static void BinaryCell(string region, string industry, string value) =>
        throw new ClusterStatsException($"Binary M: the cell of region '{Shorten(region)}' and industry '{Shorten(industry)}' is {value}; expected 0 or 1 (or leave out the binary option to threshold the location quotient).");

    /// <summary>A threshold is NaN or infinite.</summary>
    [DoesNotReturn]
    public static void ThresholdNotFinite(string value) =>
        throw new ClusterStatsException($"The threshold must be a finite number, found {value}.");

    /// <summary>The sample standard deviation of a coefficient of variation needs two values.</summary>
    [DoesNotReturn]
    public static void SampleDeviationTooFew(int found) =>
        throw new ClusterStatsException(Invariant($"Coefficient of variation: the sample standard deviation needs at least 2 values, found {found}."));

    /// <summary>An index got no values at all.</summary>
    [DoesNotReturn]
    public static void NoValues(string index) => throw new ClusterStatsException($"{index}: no values.");

    // Charts and fonts

    /// <summary>A chart got nothing to draw: no bar, point, bubble or region.</summary>
    [DoesNotReturn]
    public static T EmptyChart<T>(string chart, string item) =>
        throw new ClusterStatsException($"A {chart} chart needs at least one {item}.");

    /// <summary>A value a chart draws is NaN or infinite.</summary>
    [DoesNotReturn]
    public static void ChartValueNotFinite(string what, double value) =>
        throw new ClusterStatsException($"'{Shorten(what)}' has the value {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}; expected a finite number.");

    /// <summary>A bar of a comparison chart is negative.</summary>
    [DoesNotReturn]
    public static void NegativeBar(string label) =>
        throw new ClusterStatsException($"Bar '{Shorten(label)}' has a negative value; a comparison chart draws values >= 0.");

    /// <summary>A bubble has no positive position on the logarithmic axes.</summary>
    [DoesNotReturn]
    public static void BubbleNotPositive(string label) =>
        throw new ClusterStatsException($"Bubble '{Shorten(label)}' has firms or output value <= 0, which a logarithmic axis cannot show.");

    /// <summary>A bubble has a negative size.</summary>
    [DoesNotReturn]
    public static void BubbleNegativePairs(string label) =>
        throw new ClusterStatsException($"Bubble '{Shorten(label)}' has negative pairs.");

    /// <summary>The LQ array of a heat map does not have the shape of its labels.</summary>
    [DoesNotReturn]
    public static void LqShape(int foundRows, int foundColumns, int rows, int columns) =>
        throw new ClusterStatsException(Invariant($"The LQ array is {foundRows} x {foundColumns}; expected {rows} regions x {columns} industries, both at least 1."));

    /// <summary>A location quotient of a heat map is negative or infinite.</summary>
    [DoesNotReturn]
    public static void LqInvalid(string region, string industry, double value) =>
        throw new ClusterStatsException($"LQ of '{Shorten(region)}' in '{Shorten(industry)}' is {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}; expected a value >= 0.");

    /// <summary>No location quotient of a heat map is defined.</summary>
    [DoesNotReturn]
    public static void NoLqDefined() =>
        throw new ClusterStatsException("No location quotient is defined (every cell is NaN: the totals are zero, or too large to add up as doubles); expected at least one region and industry with a positive, finite total.");

    /// <summary>A shift-share chart was asked for Gerfin's multiplicative factors.</summary>
    [DoesNotReturn]
    public static void ShiftShareChartOfRatios() =>
        throw new ClusterStatsException("A shift-share chart draws additive components: Gerfin's factors are ratios; decompose with Dunn or Esteban-Marquillas.");

    /// <summary>No cluster of a comparison has a value of the metric a bar chart draws.</summary>
    [DoesNotReturn]
    public static void NoBarValue(string metric) =>
        throw new ClusterStatsException($"No cluster of the comparison has a value of {metric}.");

    /// <summary>No cluster of a comparison has the three values a bubble chart draws.</summary>
    [DoesNotReturn]
    public static void NoBubbleValues() =>
        throw new ClusterStatsException("No cluster of the comparison has firm_count, output_value and pairs_per_year values in their common units.");

    /// <summary>The figures of a time series are in several units.</summary>
    [DoesNotReturn]
    public static void SeriesUnits(string indicator, string regionId, IEnumerable<string> units) =>
        throw new ClusterStatsException($"The {indicator} figures of {regionId} are in several units ({string.Join(", ", units)}); a time series draws one unit.");

    /// <summary>A time series has no figure of a whole, known year to draw.</summary>
    [DoesNotReturn]
    public static void NoYearlyFigure(string regionId, string indicator, bool includeSuspicious, int figures) =>
        throw new ClusterStatsException(Invariant($"{regionId} has no dated {indicator} figure of a whole year{(includeSuspicious ? "" : " that is not suspicious")} ({figures} figure(s) in all: the others are undated, multi-year, part of a year or doubted)."));

    /// <summary>The image format of a chart file cannot be told from its extension.</summary>
    [DoesNotReturn]
    public static T ChartFormatUnknown<T>(string path, string extension) =>
        throw new ClusterStatsException($"Cannot tell the image format of '{Printable.Escape(path)}' from its extension '{Printable.Escape(extension)}': expected .png or .svg, or give the format explicitly (png or svg).");

    /// <summary>A chart size outside 1 to <paramref name="maxPixels"/> pixels.</summary>
    [DoesNotReturn]
    public static void ChartSize(int width, int height, int maxPixels) =>
        throw new ClusterStatsException(Invariant($"Chart size {width}x{height} is not valid: expected width and height from 1 to {maxPixels} pixels."));

    /// <summary>A font file is a device or pipe.</summary>
    [DoesNotReturn]
    public static void FontIsDevice(string path) =>
        throw new ClusterStatsException($"Font file '{Printable.Escape(path)}' is a device or pipe; expected a regular .ttf, .otf, .ttc or .otc file.");

    /// <summary>No font face can be read from a font file.</summary>
    [DoesNotReturn]
    public static void FontUnreadable(string path) =>
        throw new ClusterStatsException($"Font file '{Printable.Escape(path)}': SkiaSharp cannot read a font face from it (expected a .ttf, .otf, .ttc or .otc font).");

    // Files

    /// <summary>A report was asked for in the root folder, which has no parent to stage it in.</summary>
    [DoesNotReturn]
    public static T ReportIntoRoot<T>(string path) =>
        throw new ClusterStatsException($"Cannot write a report into the root folder '{Printable.Escape(path)}': expected a folder below it.");

    /// <summary>A table with a year column lacks the year asked for.</summary>
    [DoesNotReturn]
    public static T TableYearMissing<T>(string source, int year, IEnumerable<int> years) =>
        throw new ClusterStatsException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{source} has no year {year}; it holds the years {string.Join(", ", years)}."));

    /// <summary>A table holds several years and none was chosen.</summary>
    [DoesNotReturn]
    public static T TableYearNotChosen<T>(string source, IEnumerable<int> years) =>
        throw new ClusterStatsException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{source} holds the years {string.Join(", ", years)}: choose one."));
}
