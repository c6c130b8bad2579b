using Microsoft.Data.Analysis;

namespace ClusterStats.Indices;

/// <summary>
/// A result of a regional index that can be shown as a table: notebooks display any such result through
/// <see cref="ToDataFrame"/>, and the CLI writes the same columns as CSV.
/// </summary>
public interface IIndexResult
{
    /// <summary>The result as a DataFrame with explicit column types (names and labels as strings, indices as double).</summary>
    DataFrame ToDataFrame();
}
