using System.Globalization;
using ClusterStats.Spatial;
using ClusterStats.Tests.Evidence;

namespace ClusterStats.Tests.Spatial;

/// <summary>
/// The inputs and numbers that spdep_expected.R wrote with spdep (expected/): geometries, values, neighbour lists, global
/// and local statistics. Lines starting with # name the versions that made them.
/// </summary>
internal static class SpdepExpected
{
    public static string Folder => Repo.Path("tests", "ClusterStats.Tests", "Spatial", "expected");

    public static string File(string name) => Path.Combine(Folder, name);

    private static readonly Dictionary<string, RegionGeometries> GeometryCache = [];

    public static RegionGeometries Geometries(string dataset)
    {
        lock (GeometryCache)
        {
            if (!GeometryCache.TryGetValue(dataset, out var g)) GeometryCache[dataset] = g = RegionGeometries.ReadGeoJson(File(dataset + ".geojson"));
            return g;
        }
    }

    public static double[] Values(string dataset)
    {
        var rows = Rows(dataset + "-values.csv");
        var byId = rows.ToDictionary(r => r[0], r => Number(r[1]), StringComparer.Ordinal);
        return Geometries(dataset).Ids.Select(id => byId[id]).ToArray();
    }

    /// <summary>The data rows of a CSV file of expected/ (no commas inside fields), without the comment and header lines.</summary>
    public static List<string[]> Rows(string name) =>
        System.IO.File.ReadLines(File(name)).Where(l => !l.StartsWith('#')).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();

    public static double Number(string text) => text == "NaN" ? double.NaN : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The weights of a case named as in the files: dataset/neighbours[/style].</summary>
    public static SpatialWeights Weights(string dataset, string neighbours, WeightsStyle style = WeightsStyle.W)
    {
        var g = Geometries(dataset);
        return neighbours switch
        {
            "queen" => SpatialWeights.FromContiguity(g, Contiguity.Queen, style, IslandPolicy.Keep),
            "rook" => SpatialWeights.FromContiguity(g, Contiguity.Rook, style, IslandPolicy.Keep),
            "knn4" => SpatialWeights.FromNearestNeighbours(g, 4, false, style),
            "knn4-longlat" => SpatialWeights.FromNearestNeighbours(g, 4, true, style),
            "distance0.5" => SpatialWeights.FromDistanceBand(g, 0.5, false, style, IslandPolicy.Keep),
            "distance50-longlat" => SpatialWeights.FromDistanceBand(g, 50, true, style, IslandPolicy.Keep),
            _ => throw new ArgumentException("unknown neighbours " + neighbours, nameof(neighbours)),
        };
    }

    /// <summary>
    /// Whether <paramref name="actual"/> equals spdep's <paramref name="expected"/> to 1e-9: relative for p-values
    /// (which reach 1e-20 and below), relative above 1 and absolute below 1 for the statistics. NaN only equals NaN.
    /// </summary>
    public static bool Close(double actual, double expected, bool pValue = false)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual)) return double.IsNaN(expected) && double.IsNaN(actual);
        double scale = pValue ? Math.Abs(expected) : Math.Max(1, Math.Abs(expected));
        return Math.Abs(actual - expected) <= 1e-9 * scale || Math.Abs(actual - expected) <= 1e-300;
    }
}
