using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace ClusterStats.Tests.Evidence;

/// <summary>
/// Builds .xlsx workbooks part by part for tests: the worksheet XML is given as written (so a test can state a cell's
/// type, style, formula or a damaged reference exactly), and any part can be replaced or left out.
/// </summary>
internal sealed class XlsxBuilder
{
    private readonly List<(string Name, string SheetData)> _sheets = [];
    private readonly Dictionary<string, byte[]> _extra = new(StringComparer.Ordinal);
    private readonly HashSet<string> _omit = new(StringComparer.Ordinal);

    public string[]? SharedStrings { get; set; }

    /// <summary>The raw XML of the shared strings part, instead of <see cref="SharedStrings"/>.</summary>
    public string? SharedStringsXml { get; set; }

    /// <summary>The cellXfs number formats (index = style number) and custom number formats of the styles part.</summary>
    public int[]? CellFormats { get; set; }

    public Dictionary<int, string> CustomFormats { get; } = [];

    public bool Date1904 { get; set; }

    public string ContentType { get; set; } = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    /// <summary>Adds a sheet whose sheetData holds <paramref name="sheetData"/> as given.</summary>
    public XlsxBuilder Sheet(string name, string sheetData)
    {
        _sheets.Add((name, sheetData));
        return this;
    }

    /// <summary>Adds a sheet of rows of cells: a string is an inline text cell, a number a number cell, null no cell.</summary>
    public XlsxBuilder Table(string name, params object?[][] rows) => Sheet(name, Rows(rows));

    public XlsxBuilder Part(string path, byte[] content)
    {
        _extra[path] = content;
        return this;
    }

    public XlsxBuilder Omit(string path)
    {
        _omit.Add(path);
        return this;
    }

    public static string Column(int k) => k < 26 ? ((char)('A' + k)).ToString() : ((char)('A' + k / 26 - 1)).ToString() + (char)('A' + k % 26);

    public static string Rows(params object?[][] rows)
    {
        var xml = new StringBuilder();
        for (int r = 0; r < rows.Length; r++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<row r=\"{r + 1}\">");
            for (int c = 0; c < rows[r].Length; c++)
            {
                var reference = Column(c) + (r + 1);
                switch (rows[r][c])
                {
                    case null: break;
                    case string s: xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{SecurityElement.Escape(s)}</t></is></c>"); break;
                    case IFormattable n: xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\"><v>{n.ToString(null, CultureInfo.InvariantCulture)}</v></c>"); break;
                    default: throw new ArgumentException("cells are strings or numbers");
                }
            }
            xml.Append("</row>");
        }
        return xml.ToString();
    }

    public byte[] Build()
    {
        const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        var types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + $"<Override PartName=\"/xl/workbook.xml\" ContentType=\"{ContentType}\"/>");
        var workbookRels = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        var sheets = new StringBuilder();
        for (int k = 0; k < _sheets.Count; k++)
        {
            var path = $"xl/worksheets/sheet{k + 1}.xml";
            parts[path] = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\"><sheetData>{_sheets[k].SheetData}</sheetData></worksheet>";
            types.Append(CultureInfo.InvariantCulture, $"<Override PartName=\"/{path}\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            workbookRels.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{k + 1}\" Type=\"{Rel}/worksheet\" Target=\"worksheets/sheet{k + 1}.xml\"/>");
            sheets.Append(CultureInfo.InvariantCulture, $"<sheet name=\"{SecurityElement.Escape(_sheets[k].Name)}\" sheetId=\"{k + 1}\" r:id=\"rId{k + 1}\"/>");
        }
        if (SharedStrings is not null || SharedStringsXml is not null)
        {
            parts["xl/sharedStrings.xml"] = SharedStringsXml ?? $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{Main}\">"
                + string.Concat(SharedStrings!.Select(s => $"<si><t xml:space=\"preserve\">{SecurityElement.Escape(s)}</t></si>")) + "</sst>";
            types.Append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
            workbookRels.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rIdS\" Type=\"{Rel}/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        }
        if (CellFormats is not null)
        {
            parts["xl/styles.xml"] = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"{Main}\">"
                + (CustomFormats.Count == 0 ? "" : "<numFmts>" + string.Concat(CustomFormats.Select(f => $"<numFmt numFmtId=\"{f.Key}\" formatCode=\"{SecurityElement.Escape(f.Value)}\"/>")) + "</numFmts>")
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
                + "<cellXfs>" + string.Concat(CellFormats.Select(f => $"<xf numFmtId=\"{f}\" xfId=\"0\"/>")) + "</cellXfs></styleSheet>";
            types.Append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
            workbookRels.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rIdT\" Type=\"{Rel}/styles\" Target=\"styles.xml\"/>");
        }
        parts["xl/workbook.xml"] = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{Main}\" xmlns:r=\"{Rel}\">"
            + (Date1904 ? "<workbookPr date1904=\"1\"/>" : "") + $"<sheets>{sheets}</sheets></workbook>";
        parts["xl/_rels/workbook.xml.rels"] = workbookRels + "</Relationships>";
        parts["_rels/.rels"] = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Rel}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
        parts["[Content_Types].xml"] = types + "</Types>";
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, text) in parts.Where(p => !_omit.Contains(p.Key)))
            {
                using var entry = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
            foreach (var (path, bytes) in _extra)
            {
                using var entry = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
                entry.Write(bytes);
            }
        }
        return buffer.ToArray();
    }
}
