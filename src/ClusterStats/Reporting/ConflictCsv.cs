namespace ClusterStats;

/// <summary>The conflicts of a figure set (<see cref="FigureSet.Conflicts"/>) as CSV, as the report's conflicts.csv holds them.</summary>
public static class ConflictCsv
{
    /// <summary>
    /// One row per figure and group, with a <c>kind</c> column (<c>conflict</c> or <c>possible</c>), undated figures
    /// beside a conflict marked so, and the sources numbered in order of first use; snake_case header, UTF-8 text,
    /// formula-like cells neutralised.
    /// </summary>
    public static string ToCsv(IEnumerable<ConflictGroup> conflicts)
    {
        ArgumentNullException.ThrowIfNull(conflicts);
        return ConflictCsvRecord.ToCsv(conflicts, new SourceNotes());
    }
}
