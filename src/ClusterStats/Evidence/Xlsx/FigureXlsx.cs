using System.Globalization;
using ClusterStats.Internal;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ClusterStats;

/// <summary>
/// Writes figures as an .xlsx workbook in the tidy figure schema (<see cref="FigureCsv.Columns"/>, one figure per row
/// under a header row, one worksheet). Each cell holds exactly the text a figure CSV file would: a number column
/// (<c>value</c>, <c>value_high</c>, <c>year</c>, <c>year_to</c>) is a number cell when the cell gives that text back
/// (its shortest round-trip decimal) of at most 15 significant digits, and a text cell otherwise (more than 15
/// significant digits, which a spreadsheet would round when the cell is edited, or trailing zeros such as <c>1.50</c>),
/// so nothing is rounded; text that a spreadsheet would take for a formula gets the same leading
/// <c>'</c> as in CSV. Reading the workbook back (<see cref="FigureCsv.Read(string, CsvReadOptions?)"/>, which reads
/// .xlsx files) gives the same figures, and writing those as CSV the same bytes.
/// </summary>
public static class FigureXlsx
{
    /// <summary>The name of the worksheet written when none is given.</summary>
    public const string DefaultSheet = "figures";

    /// <summary>The most characters a cell holds in a spreadsheet (32,767); a longer text is refused, not cut.</summary>
    public const int MaxCellLength = 32_767;

    private static readonly HashSet<string> NumberColumns = new(["value", "value_high", "year", "year_to"], StringComparer.Ordinal);

    /// <summary>
    /// Writes figures to an .xlsx file, whole or not at all (a temporary file beside it, renamed over it); a symbolic
    /// link, folder or device at <paramref name="path"/> is refused with a <see cref="ClusterStatsException"/>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="sheet"/> is not a valid worksheet name.</exception>
    /// <exception cref="ClusterStatsException">The target is refused, or a text is longer than <see cref="MaxCellLength"/>.</exception>
    public static void Write(IEnumerable<Figure> figures, string path, string sheet = DefaultSheet)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(path);
        OutputFiles.WriteBytes(path, ToBytes(figures, sheet));
    }

    /// <summary>Writes figures as an .xlsx workbook to <paramref name="output"/> (left open).</summary>
    /// <exception cref="ArgumentException"><paramref name="sheet"/> is not a valid worksheet name.</exception>
    /// <exception cref="ClusterStatsException">A text is longer than <see cref="MaxCellLength"/>.</exception>
    public static void Write(IEnumerable<Figure> figures, Stream output, string sheet = DefaultSheet)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(ToBytes(figures, sheet));
    }

    private static byte[] ToBytes(IEnumerable<Figure> figures, string sheet)
    {
        CheckSheetName(sheet);
        // The fields exactly as a figure CSV file holds them (numbers as written, formula-like text neutralised).
        var table = CsvTable.Parse(FigureCsv.ToCsv(figures), "figures");
        return WriteTable(sheet, table.Header, table.Rows.Select(r => r.Fields), NumberColumns);
    }

    /// <summary>A one-sheet workbook of a header row and rows of field texts: number columns as number cells where that is exact.</summary>
    internal static byte[] WriteTable(string sheet, IReadOnlyList<string> header, IEnumerable<string[]> rows, IReadOnlySet<string> numberColumns)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            var numeric = header.Select(numberColumns.Contains).ToArray();
            using (var writer = OpenXmlWriter.Create(worksheet))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                WriteRow(writer, 1, header, null);
                int row = 2;
                foreach (var fields in rows) WriteRow(writer, row++, fields, numeric);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = sheet }));
        }
        return buffer.ToArray();
    }

    private static void WriteRow(OpenXmlWriter writer, int row, IReadOnlyList<string> fields, bool[]? numeric)
    {
        writer.WriteStartElement(new Row { RowIndex = (uint)row });
        for (int k = 0; k < fields.Count; k++)
        {
            var text = fields[k];
            if (text.Length == 0) continue;
            var reference = XlsxSheet.ColumnName(k) + row.ToString(CultureInfo.InvariantCulture);
            if (numeric is not null && numeric[k] && IsExactNumber(text))
            {
                writer.WriteElement(new Cell { CellReference = reference, CellValue = new CellValue(text) });
                continue;
            }
            if (text.Length > MaxCellLength) ThrowHelper.CellTooLong(reference, text.Length, MaxCellLength);
            writer.WriteElement(new Cell
            {
                CellReference = reference,
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(XlsxText.Encode(text)) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }
        writer.WriteEndElement();
    }

    /// <summary>The most significant digits a number cell is written with: a spreadsheet shows and edits numbers to 15.</summary>
    internal const int MaxNumberDigits = 15;

    // A number cell gives back the shortest round-trip decimal of its double: exact only when that is this very text;
    // and a spreadsheet keeps no more than 15 significant digits of a number it edits, so longer ones stay text.
    private static bool IsExactNumber(string text) =>
        InvariantNumber.IsPlain(text) && SignificantDigits(text) <= MaxNumberDigits
        && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)
        && XlsxText.Shortest(d) == text;

    // The digits from the first non-zero digit to the last one: 2500000000 has 2, 0.0012 has 2, 1.50 has 3.
    private static int SignificantDigits(string text)
    {
        var digits = text.TrimStart('-', '+').Replace(".", "", StringComparison.Ordinal).Trim('0');
        return digits.Length;
    }

    private static void CheckSheetName(string sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        if (sheet.Length is 0 or > 31 || sheet.AsSpan().IndexOfAny("[]:*?/\\") >= 0 || sheet[0] == '\'' || sheet[^1] == '\'' || sheet.Any(char.IsControl))
        {
            ThrowHelper.Argument(nameof(sheet), $"'{Printable.Escape(sheet)}' is not a worksheet name: expected 1 to 31 characters without [ ] : * ? / \\, not starting or ending with '.");
        }
    }
}
