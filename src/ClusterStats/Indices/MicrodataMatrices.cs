using ClusterStats.Indices;

namespace ClusterStats.Microdata;

/// <summary>
/// Region x industry matrices from aggregated microdata, for the regional indices. The matrix is a type of the indices,
/// so they build it from the cells of a <see cref="MicrodataTable"/>, which knows nothing of them.
/// </summary>
public static class MicrodataMatrices
{
    /// <summary>
    /// A region x industry matrix of one summed column (or of row counts when <paramref name="sumColumn"/> is null) over
    /// the groups that <paramref name="where"/> keeps (all when null): regions and industries in key order, cells with no
    /// group missing (NaN). Values are the exact sums rounded once to the nearest double.
    /// </summary>
    /// <param name="table">The aggregated groups.</param>
    /// <param name="regionColumn">The key column giving the matrix rows.</param>
    /// <param name="industryColumn">The key column giving the matrix columns.</param>
    /// <param name="sumColumn">A summed column, or null for the row count.</param>
    /// <param name="where">Keeps a group by index; must leave at most one group per region and industry (filter the other keys, such as the year).</param>
    /// <exception cref="ArgumentException">A column is not a key or summed column.</exception>
    /// <exception cref="ClusterStatsException">Two kept groups fall in the same cell.</exception>
    public static RegionIndustryMatrix ToMatrix(this MicrodataTable table, string regionColumn, string industryColumn, string? sumColumn = null, Func<int, bool>? where = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(regionColumn);
        ArgumentNullException.ThrowIfNull(industryColumn);
        var (regions, industries, values) = table.MatrixCells(regionColumn, industryColumn, sumColumn, where);
        return new RegionIndustryMatrix(regions, industries, values);
    }
}
