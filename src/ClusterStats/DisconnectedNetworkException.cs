using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>
/// Thrown when an economic-complexity index is asked of a region–product network that falls apart into several
/// connected components: the second eigenvector then only separates the components and the ECI means nothing.
/// <see cref="Components"/> lists the members of each component.
/// </summary>
public sealed class DisconnectedNetworkException : ClusterStatsException
{
    /// <summary>Creates the exception from the components (region and product names of each).</summary>
    internal DisconnectedNetworkException(IReadOnlyList<IReadOnlyList<string>> components)
        : base($"The region-product network is disconnected: {components.Count} components ("
               + string.Join("; ", components.Select(c => string.Join(", ", c.Take(5)) + (c.Count > 5 ? $", ... ({c.Count} nodes)" : ""))) +
               "). ECI/PCI are only meaningful on one connected network: analyse each component separately.")
    {
        Components = ReadOnly.List(components.Select(c => ReadOnly.List(c)));
    }

    /// <summary>The connected components, each a list of region and product names (regions first).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Components { get; }
}
