using ClusterStats.Internal;

namespace ClusterStats.Indices;

/// <summary>Reads the firm records that <see cref="RegionalIndices.EllisonGlaeser"/> takes.</summary>
public static class FirmRecords
{
    /// <summary>
    /// The records of a table with the columns <c>firm</c>, <c>region</c>, <c>industry</c> and <c>employment</c> (a CSV
    /// file, or the worksheet <see cref="CsvReadOptions.Sheet"/> of an .xlsx workbook), in order; other columns are ignored.
    /// </summary>
    /// <exception cref="InputException">A column is missing, a name is empty or an employment is not a number (names file, line or cell, and what was expected).</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    public static IReadOnlyList<FirmRecord> Read(string path, CsvReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var table = CsvTable.Load(path, options);
        int fc = table.Require("firm"), rc = table.Require("region"), ic = table.Require("industry"), ec = table.Require("employment");
        return [.. table.Rows.Select(row => new FirmRecord(table.Text(row, fc), table.Text(row, rc), table.Text(row, ic), table.Number(row, ec, allowMissing: false)))];
    }
}
