using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace ClusterStats.Internal;

/// <summary>The sizes an .xlsx workbook may have when read.</summary>
/// <param name="MaxPartBytes">The most bytes one part (a worksheet, the shared strings, the styles) may have unpacked; a
/// part that declares more is refused before it is expanded, and reading stops at this many characters whatever it declares.</param>
/// <param name="MaxRows">The highest row number (Excel's limit: 1,048,576).</param>
/// <param name="MaxColumns">The most columns (Excel's limit: 16,384, column XFD).</param>
internal sealed record XlsxLimits(long MaxPartBytes, int MaxRows, int MaxColumns)
{
    public static XlsxLimits Default { get; } = new(256L << 20, 1_048_576, 16_384);
}

/// <summary>One non-empty row of a worksheet table: its row number and the text of each column of the header's span.</summary>
internal readonly record struct XlsxRow(int Row, string[] Fields);

/// <summary>
/// One worksheet of an .xlsx workbook read as a table of text, for the same row model as CSV: the first non-empty row is
/// the header, each further non-empty row a record. Every cell is read by what it stores, never its displayed format:
/// a number as the shortest decimal text that round-trips its double (in plain digits), a text cell exactly, a date
/// cell as an ISO date, a boolean as <c>true</c>/<c>false</c>, a formula by its stored result. A number cell is refused
/// when its stored text has digits its double does not keep (long numbers belong in text cells), and when a percent
/// format shows it times 100 (35% stores 0.35: which one is meant, only the writer knows). Problems are
/// <see cref="InputException"/>s naming the file, sheet and cell.
/// </summary>
internal sealed class XlsxSheet
{
    private readonly Dictionary<string, int> _columnIndex;

    private XlsxSheet(string file, string sheetName, int headerRow, int firstColumn, string[] header, List<XlsxRow> rows)
    {
        File = file;
        SheetName = sheetName;
        SheetRef = Quote(sheetName);
        HeaderRow = headerRow;
        FirstColumn = firstColumn;
        Header = header;
        Rows = rows;
        _columnIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int k = 0; k < header.Length; k++) _columnIndex.TryAdd(header[k], k);
    }

    public string File { get; }

    /// <summary>The name of the worksheet as the workbook spells it.</summary>
    public string SheetName { get; }

    /// <summary>The name as a cell reference writes it: quoted (<c>'Table 1'</c>) when it holds more than letters, digits, '_' and '.'.</summary>
    public string SheetRef { get; }

    /// <summary>
    /// What an error of the header adds when the first sheet was read because none was named and the workbook has
    /// others: their names and how to choose one; empty otherwise.
    /// </summary>
    public string HeaderHint { get; private set; } = "";

    /// <summary>The row number of the header (1-based); 0 when the sheet is empty.</summary>
    public int HeaderRow { get; }

    /// <summary>The 0-based column of the header's first cell.</summary>
    public int FirstColumn { get; }

    public string[] Header { get; }

    public List<XlsxRow> Rows { get; }

    // The content types of the main part of a workbook (.xlsx, .xlsm, .xltx, .xltm).
    private static readonly HashSet<string> WorkbookContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
        "application/vnd.ms-excel.template.macroEnabled.main+xml",
    };

    /// <summary>Whether <paramref name="start"/>, the first bytes of an input, is a zip archive such as an .xlsx workbook.</summary>
    public static bool IsZip(ReadOnlySpan<byte> start) => start.StartsWith("PK\u0003\u0004"u8);

    /// <summary>Whether the file name says the file is a workbook (.xlsx or .xlsm).</summary>
    public static bool IsWorkbookName(string file) =>
        file.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether an input with this name and these first bytes is read as a workbook.</summary>
    public static bool IsWorkbook(string file, ReadOnlySpan<byte> start) => IsZip(start) || IsWorkbookName(file);

    /// <summary>The letters of a 0-based column index: 0 is A, 25 Z, 26 AA, 16383 XFD.</summary>
    public static string ColumnName(int index)
    {
        var name = new StringBuilder(3);
        for (int n = index + 1; n > 0; n = (n - 1) / 26) name.Insert(0, (char)('A' + (n - 1) % 26));
        return name.ToString();
    }

    /// <summary>The cell of a record's field (<paramref name="field"/> an index into <see cref="Header"/>).</summary>
    public string Cell(long row, int field) => ColumnName(FirstColumn + field) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Where a problem reported as (row, column name) lies: the cell of that column in the row, the whole row (<c>7:7</c>)
    /// for a problem of the record or header, nothing for the whole sheet.
    /// </summary>
    public string Locate(long row, string column) =>
        column == "(file)" || row <= 0 ? ""
        : _columnIndex.TryGetValue(column, out var k) ? Cell(row, k)
        : string.Create(CultureInfo.InvariantCulture, $"{row}:{row}");

    /// <summary>A problem at a cell or row of this sheet.</summary>
    public InputError Error(long row, string column, string found, string expected) =>
        new(File, row, column, ThrowHelper.Shorten(found), expected) { Sheet = SheetRef, Cell = Locate(row, column) };

    /// <summary>
    /// Reads the worksheet named <paramref name="sheet"/> (compared case-insensitively, as a spreadsheet does), or the
    /// first one, of the workbook in <paramref name="bytes"/>; <paramref name="file"/> names it in errors.
    /// </summary>
    /// <exception cref="InputException">The input is not a readable workbook, has no such sheet, or a cell cannot be read.</exception>
    public static XlsxSheet Read(byte[] bytes, string file, string? sheet, XlsxLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        limits ??= XlsxLimits.Default;
        if (!IsZip(bytes)) WorkbookError(file, bytes.Length == 0 ? "" : ThrowHelper.Shorten(Printable.Escape(Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, ThrowHelper.MaxShown)))), "an .xlsx workbook (a zip archive starting with PK); save the file as Excel Workbook (.xlsx), or give it a .csv name if it is CSV text");
        CheckPartSizes(bytes, file, limits);
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false,
                new DocumentFormat.OpenXml.Packaging.OpenSettings { MaxCharactersInPart = limits.MaxPartBytes, AutoSave = false });
            var workbookPart = document.WorkbookPart;
            if (workbookPart is null) return WorkbookError<XlsxSheet>(file, "no workbook part", "an .xlsx workbook (this archive holds no spreadsheet workbook: is it a Word or PowerPoint file?)");
            if (!WorkbookContentTypes.Contains(workbookPart.ContentType))
                return WorkbookError<XlsxSheet>(file, workbookPart.ContentType, "a spreadsheet workbook (the main part has another content type: is it a Word or PowerPoint file?)");
            var sheets = workbookPart.Workbook.Sheets?.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().ToList() ?? [];
            var names = sheets.Select(s => s.Name?.Value ?? "").ToList();
            if (sheets.Count == 0) return WorkbookError<XlsxSheet>(file, "no sheet", "a workbook with at least one worksheet");
            var chosen = sheet is null ? sheets[0] : sheets.FirstOrDefault(s => string.Equals(s.Name?.Value, sheet, StringComparison.OrdinalIgnoreCase));
            if (chosen is null) return WorkbookError<XlsxSheet>(file, sheet!, "a worksheet named one of: " + string.Join(", ", names.Select(n => "'" + n + "'")));
            var name = chosen.Name?.Value ?? "";
            var id = chosen.Id?.Value;
            if (id is null || !workbookPart.TryGetPartById(id, out var part))
                return SheetError<XlsxSheet>(file, name, "", "a worksheet part (the workbook names a sheet it does not hold)");
            if (part is not WorksheetPart worksheet)
                return SheetError<XlsxSheet>(file, name, "", "a worksheet of cells (this sheet is a chart or dialog sheet)");
            bool date1904 = workbookPart.Workbook.WorkbookProperties?.Date1904?.Value ?? false;
            var strings = workbookPart.SharedStringTablePart is { } sst ? ReadSharedStrings(sst, limits, file) : [];
            var (dateStyles, percentStyles) = workbookPart.WorkbookStylesPart is { } styles ? ReadNumberStyles(styles, limits) : ([], []);
            var reader = new CellReader(file, name, strings, dateStyles, percentStyles, date1904, limits);
            var others = names.Where(n => n != name).ToList();
            var table = reader.ReadTable(worksheet);
            if (sheet is null && others.Count > 0)
                table.HeaderHint = $" (the first sheet, '{name}', was read; the workbook also has {string.Join(", ", others.Select(n => "'" + n + "'"))}: name one with CsvReadOptions.Sheet)";
            return table;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FormatException or XmlException or IOException
                                      or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return WorkbookError<XlsxSheet>(file, e.GetType().Name + ": " + e.Message, "a readable .xlsx workbook (the file is damaged, truncated or not a spreadsheet)");
        }
    }

    // A zip entry that would unpack to more than the limit is refused before anything is expanded (a "zip bomb").
    private static void CheckPartSizes(byte[] bytes, string file, XlsxLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > limits.MaxPartBytes)
                {
                    WorkbookError(file, string.Create(CultureInfo.InvariantCulture, $"{entry.FullName}: {entry.Length} bytes unpacked"),
                        string.Create(CultureInfo.InvariantCulture, $"parts of at most {limits.MaxPartBytes} bytes unpacked"));
                }
            }
        }
        catch (InvalidDataException e)
        {
            WorkbookError(file, "InvalidDataException: " + e.Message, "a readable .xlsx workbook (the zip archive is damaged or truncated)");
        }
    }

    private static XmlReader OpenXml(OpenXmlPart part, XlsxLimits limits) =>
        XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = limits.MaxPartBytes,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        });

    private static string[] ReadSharedStrings(SharedStringTablePart part, XlsxLimits limits, string file)
    {
        var strings = new List<string>();
        using var r = OpenXml(part, limits);
        while (r.Read())
        {
            if (r.NodeType == XmlNodeType.Element && r.LocalName == "si") strings.Add(ReadRichText(r));
        }
        return strings.ToArray();
    }

    // The text of an <si> or <is> element: its <t> elements, in runs or not, without phonetic runs (<rPh>), with the
    // _xHHHH_ escapes of the format decoded. The reader ends on the closing tag.
    private static string ReadRichText(XmlReader r)
    {
        if (r.IsEmptyElement) return "";
        int depth = r.Depth;
        var text = new StringBuilder();
        r.Read();
        while (!r.EOF && !(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
        {
            if (r.NodeType == XmlNodeType.Element && r.LocalName == "rPh") { r.Skip(); continue; }
            if (r.NodeType == XmlNodeType.Element && r.LocalName == "t") { text.Append(r.ReadElementContentAsString()); continue; }
            r.Read();
        }
        return XlsxText.Decode(text.ToString());
    }

    // The indices of cell formats (the s attribute of a cell) whose number format shows a date, and of those that show a
    // number times 100 as a percentage.
    private static (HashSet<int> Dates, HashSet<int> Percents) ReadNumberStyles(WorkbookStylesPart part, XlsxLimits limits)
    {
        var customDates = new HashSet<int>();
        var customPercents = new HashSet<int>();
        var formats = new List<int>();
        using var r = OpenXml(part, limits);
        while (r.Read())
        {
            if (r.NodeType != XmlNodeType.Element) continue;
            if (r.LocalName == "numFmt" && int.TryParse(r.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                var code = r.GetAttribute("formatCode") ?? "";
                if (XlsxText.IsDateFormat(code)) customDates.Add(id);
                else if (XlsxText.IsPercentFormat(code)) customPercents.Add(id);
            }
            else if (r.LocalName == "cellXfs" && !r.IsEmptyElement)
            {
                int depth = r.Depth;
                while (r.Read() && !(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
                {
                    if (r.NodeType == XmlNodeType.Element && r.LocalName == "xf" && r.Depth == depth + 1)
                    {
                        formats.Add(int.TryParse(r.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var f) ? f : 0);
                    }
                }
            }
        }
        var dates = new HashSet<int>();
        var percents = new HashSet<int>();
        for (int k = 0; k < formats.Count; k++)
        {
            if (XlsxText.IsBuiltInDateFormat(formats[k]) || customDates.Contains(formats[k])) dates.Add(k);
            else if (XlsxText.IsBuiltInPercentFormat(formats[k]) || customPercents.Contains(formats[k])) percents.Add(k);
        }
        return (dates, percents);
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void WorkbookError(string file, string found, string expected) =>
        throw new InputException([new InputError(file, 0, "(file)", ThrowHelper.Shorten(found), expected)]);

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static T WorkbookError<T>(string file, string found, string expected) =>
        throw new InputException([new InputError(file, 0, "(file)", ThrowHelper.Shorten(found), expected)]);

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static T SheetError<T>(string file, string sheet, string cell, string expected, string found = "", long row = 0, string column = "(file)") =>
        throw new InputException([new InputError(file, row, column, ThrowHelper.Shorten(found), expected) { Sheet = Quote(sheet), Cell = cell }]);

    /// <summary>A sheet name as a cell reference writes it.</summary>
    public static string Quote(string sheet) =>
        sheet.Length > 0 && sheet.All(c => char.IsLetterOrDigit(c) || c is '_' or '.')
            ? sheet
            : "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>Reads the cells of one worksheet into rows of text, then cuts the table out of them.</summary>
    private sealed class CellReader(string file, string sheet, string[] strings, HashSet<int> dateStyles, HashSet<int> percentStyles, bool date1904, XlsxLimits limits)
    {
        private readonly List<(int Row, List<(int Column, string Text)> Cells)> _rows = [];

        private T Fail<T>(int row, int column, string found, string expected) =>
            SheetError<T>(file, sheet, ColumnName(column) + row.ToString(CultureInfo.InvariantCulture), expected, found, row, ColumnName(column));

        public XlsxSheet ReadTable(WorksheetPart part)
        {
            using (var r = OpenXml(part, limits)) ReadCells(r);
            return Cut();
        }

        private void ReadCells(XmlReader r)
        {
            int row = 0;
            List<(int, string)>? cells = null;
            int column = -1;
            while (r.Read())
            {
                if (r.NodeType != XmlNodeType.Element) continue;
                if (r.LocalName == "row")
                {
                    var number = r.GetAttribute("r");
                    row = Position(number, row + 1);
                    if (row < 1 || row > limits.MaxRows)
                        SheetError<int>(file, sheet, "", string.Create(CultureInfo.InvariantCulture, $"rows numbered 1 to {limits.MaxRows}"), number ?? "", 0, "(row)");
                    if (_rows.Count > 0 && row <= _rows[^1].Row)
                        SheetError<int>(file, sheet, string.Create(CultureInfo.InvariantCulture, $"{row}:{row}"), "rows from top to bottom, each once (the workbook is damaged)", number ?? "", row, "(row)");
                    cells = [];
                    column = -1;
                    _rows.Add((row, cells));
                    if (r.IsEmptyElement) continue;
                }
                else if (r.LocalName == "c" && cells is not null)
                {
                    column = CellColumn(r.GetAttribute("r"), row, column + 1);
                    var text = ReadCell(r, row, column);
                    if (text.Length > 0) cells.Add((column, text));
                }
            }
        }

        private static int Position(string? attribute, int next) =>
            attribute is null ? next : int.TryParse(attribute, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;

        // The 0-based column of a cell reference such as C7 (its row must be the row's), or the next column when it has none.
        private int CellColumn(string? reference, int row, int next)
        {
            if (reference is null) return CheckColumn(next, row, reference);
            int k = 0, column = 0;
            for (; k < reference.Length && char.IsAsciiLetterUpper(reference[k]); k++) column = Math.Min(column * 26 + (reference[k] - 'A' + 1), limits.MaxColumns + 1);
            var rest = reference.AsSpan(k);
            if (k == 0 || !int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var r) || r != row)
                return SheetError<int>(file, sheet, row.ToString(CultureInfo.InvariantCulture) + ":" + row.ToString(CultureInfo.InvariantCulture),
                    "a cell reference of this row such as A" + row.ToString(CultureInfo.InvariantCulture), reference, row, "(row)");
            return CheckColumn(column - 1, row, reference);
        }

        private int CheckColumn(int column, int row, string? reference)
        {
            if (column >= limits.MaxColumns)
                return SheetError<int>(file, sheet, string.Create(CultureInfo.InvariantCulture, $"{row}:{row}"),
                    string.Create(CultureInfo.InvariantCulture, $"cells in columns A to {ColumnName(limits.MaxColumns - 1)}"), reference ?? ColumnName(column), row, "(row)");
            if (_rows[^1].Cells is { Count: > 0 } cells && column <= cells[^1].Column)
                return Fail<int>(row, column, reference ?? "", "cells of a row from left to right, each once (the workbook is damaged)");
            return column;
        }

        private string ReadCell(XmlReader r, int row, int column)
        {
            var type = r.GetAttribute("t");
            int style = int.TryParse(r.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
            string? value = null, inline = null, formula = null;
            if (!r.IsEmptyElement)
            {
                int depth = r.Depth;
                r.Read();
                while (!r.EOF && !(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
                {
                    if (r.NodeType == XmlNodeType.Element && r.LocalName == "v") { value = r.ReadElementContentAsString(); continue; }
                    if (r.NodeType == XmlNodeType.Element && r.LocalName == "f") { formula = r.ReadElementContentAsString(); continue; }
                    if (r.NodeType == XmlNodeType.Element && r.LocalName == "is") { inline = ReadRichText(r); r.Read(); continue; }
                    if (r.NodeType == XmlNodeType.Element) { r.Skip(); continue; }
                    r.Read();
                }
            }
            if (type == "inlineStr") return inline ?? "";
            if (value is null)
            {
                if (formula is not null) return Fail<string>(row, column, "=" + formula, "a value; this formula has no stored result (open and save the workbook in a spreadsheet, or paste the values)");
                return "";
            }
            switch (type)
            {
                case "s":
                    if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Length) return strings[index];
                    return Fail<string>(row, column, value, string.Create(CultureInfo.InvariantCulture, $"the number of a shared string below {strings.Length} (the workbook is damaged)"));
                case "str": return XlsxText.Decode(value);
                case "b":
                    return value switch
                    {
                        "1" or "true" => "true",
                        "0" or "false" => "false",
                        _ => Fail<string>(row, column, value, "a boolean cell of 0 or 1 (the workbook is damaged)"),
                    };
                case "e": return Fail<string>(row, column, value, "a value, not the spreadsheet error " + value);
                case "d":
                    return XlsxText.TryIsoDate(value, out var iso) ? iso : Fail<string>(row, column, value, "a date cell in ISO 8601 form (the workbook is damaged)");
                case null or "n":
                    if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
                        return Fail<string>(row, column, value, "a number cell holding a finite number (the workbook is damaged)");
                    if (!XlsxText.Keeps(value, number))
                    {
                        return Fail<string>(row, column, value.Trim(),
                            $"a number a spreadsheet number cell keeps: this one reads as {XlsxText.Shortest(number)}, since a number cell holds only about 15 to 17 significant digits; write the number as text (a text cell, or typed with a leading apostrophe) to keep every digit");
                    }
                    if (dateStyles.Contains(style))
                    {
                        return XlsxText.TrySerialDate(number, date1904, out var date)
                            ? date
                            : Fail<string>(row, column, XlsxText.Shortest(number), "a date cell holding a day of 1900-01-01 to 9999-12-31 (the serial 60 is 1900-02-29, which did not exist)");
                    }
                    var stored = XlsxText.Shortest(number);
                    if (percentStyles.Contains(style))
                    {
                        var shown = XlsxText.Percent(stored);
                        return Fail<string>(row, column, $"{stored} (shown as {shown}%)",
                            $"a number cell without a percent format, since a cell is read by what it stores, never how it is shown: write {shown} in a General or Number cell if {shown} percent is meant, or format the cell as General if {stored} is meant");
                    }
                    return stored;
                default:
                    return Fail<string>(row, column, type, "a cell type of n, s, str, inlineStr, b, e or d (the workbook is damaged)");
            }
        }

        // The table: the first non-empty row is the header; its first to last cell are the columns; every later
        // non-empty row is a record, with nothing outside the header's columns.
        private XlsxSheet Cut()
        {
            var rows = _rows.Where(x => x.Cells.Count > 0).ToList();
            if (rows.Count == 0) return new XlsxSheet(file, sheet, 0, 0, [], []);
            var (headerRow, headerCells) = rows[0];
            int first = headerCells[0].Column, last = headerCells[^1].Column;
            var header = new string[last - first + 1];
            Array.Fill(header, "");
            foreach (var (c, text) in headerCells) header[c - first] = text;
            for (int k = 0; k < header.Length; k++)
            {
                if (header[k].Length == 0) Fail<int>(headerRow, first + k, "", "a column name: the header row has no gaps between its first and last name");
            }
            var records = new List<XlsxRow>(rows.Count - 1);
            foreach (var (row, cells) in rows.Skip(1))
            {
                var fields = new string[header.Length];
                Array.Fill(fields, "");
                foreach (var (c, text) in cells)
                {
                    if (c < first || c > last)
                        Fail<int>(row, c, text, $"nothing outside the columns of the header ({ColumnName(first)} to {ColumnName(last)})");
                    fields[c - first] = text;
                }
                records.Add(new XlsxRow(row, fields));
            }
            return new XlsxSheet(file, sheet, headerRow, first, header, records);
        }
    }
}
