namespace ClusterStats.Spatial;

/// <summary>
/// Thrown when spatial weights leave regions without any neighbour (islands) and the island policy is
/// <see cref="IslandPolicy.Error"/>. <see cref="Islands"/> names every island.
/// </summary>
public sealed class SpatialIslandsException : ClusterStatsException
{
    /// <summary>Creates the exception for the islands of weights built by <paramref name="rule"/>.</summary>
    internal SpatialIslandsException(IReadOnlyList<string> islands, string rule)
        : base($"{islands.Count} region(s) have no neighbour under {rule}: {string.Join(", ", islands)}. "
               + "Keep them as islands (IslandPolicy.Keep: zero weights, n reduced by the islands, as spdep's zero.policy = TRUE with adjust.n = TRUE), or choose other weights.")
    {
        Islands = islands;
    }

    /// <summary>The ids of the regions with no neighbour, in the order of the geometries.</summary>
    public IReadOnlyList<string> Islands { get; }
}
