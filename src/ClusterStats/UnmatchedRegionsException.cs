namespace ClusterStats.Spatial;

/// <summary>
/// Thrown when values and geometries do not describe the same regions under <see cref="UnmatchedPolicy.Error"/>:
/// <see cref="ValuesWithoutGeometry"/> and <see cref="GeometriesWithoutValue"/> list the ids on each side.
/// </summary>
public sealed class UnmatchedRegionsException : ClusterStatsException
{
    /// <summary>Creates the exception from the ids found on one side only.</summary>
    internal UnmatchedRegionsException(IReadOnlyList<string> valuesWithoutGeometry, IReadOnlyList<string> geometriesWithoutValue)
        : base(Describe(valuesWithoutGeometry, geometriesWithoutValue))
    {
        ValuesWithoutGeometry = valuesWithoutGeometry;
        GeometriesWithoutValue = geometriesWithoutValue;
    }

    /// <summary>Ids that have a value but no geometry.</summary>
    public IReadOnlyList<string> ValuesWithoutGeometry { get; }

    /// <summary>Ids that have a geometry but no value.</summary>
    public IReadOnlyList<string> GeometriesWithoutValue { get; }

    private static string Describe(IReadOnlyList<string> values, IReadOnlyList<string> geometries)
    {
        var parts = new List<string>(2);
        if (values.Count > 0) parts.Add($"{values.Count} value(s) have no geometry: {string.Join(", ", values)}");
        if (geometries.Count > 0) parts.Add($"{geometries.Count} geometry(ies) have no value: {string.Join(", ", geometries)}");
        return "The values and the geometries do not name the same regions: " + string.Join("; ", parts)
            + ". Give every region both, or drop the unmatched ones (UnmatchedPolicy.Drop).";
    }
}
