namespace ClusterStats.Spatial;

/// <summary>What to do with regions that have no neighbour (islands).</summary>
public enum IslandPolicy
{
    /// <summary>Refuse, naming every island (<see cref="SpatialIslandsException"/>).</summary>
    Error,

    /// <summary>Keep them with zero weights; statistics reduce n by the islands (spdep's zero.policy = TRUE, adjust.n = TRUE).</summary>
    Keep,
}
