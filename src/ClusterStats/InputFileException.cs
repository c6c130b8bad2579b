namespace ClusterStats;

/// <summary>
/// Thrown when a data file (CSV) holds something that cannot be used: names the file, the 1-based line, the column,
/// the text found there and what was expected.
/// </summary>
public sealed class InputFileException : ClusterStatsException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The file (or source name) that was read.</param>
    /// <param name="line">The 1-based line number (1 = the header).</param>
    /// <param name="column">The column name, or an empty string when the error concerns the whole line.</param>
    /// <param name="found">The text found.</param>
    /// <param name="expected">What was expected instead.</param>
    public InputFileException(string file, int line, string column, string found, string expected)
        : base($"{file}, line {line}" + (column.Length == 0 ? "" : $", column '{column}'") + $": found '{found}', expected {expected}.")
    {
        File = file;
        Line = line;
        Column = column;
        Found = found;
        Expected = expected;
    }

    /// <summary>The file (or source name) that was read.</summary>
    public string File { get; }

    /// <summary>The 1-based line number; the header is line 1.</summary>
    public int Line { get; }

    /// <summary>The column name; empty when the error concerns the whole line.</summary>
    public string Column { get; }

    /// <summary>The text found.</summary>
    public string Found { get; }

    /// <summary>What was expected.</summary>
    public string Expected { get; }
}

/// <summary>
/// Thrown when an economic-complexity index is asked of a region–product network that falls apart into several
/// connected components: the second eigenvector then only separates the components and the ECI means nothing.
/// <see cref="Components"/> lists the members of each component.
/// </summary>
public sealed class DisconnectedNetworkException : ClusterStatsException
{
    /// <summary>Creates the exception from the components (region and product names of each).</summary>
    public DisconnectedNetworkException(IReadOnlyList<IReadOnlyList<string>> components)
        : base($"The region-product network is disconnected: {components.Count} components ("
               + string.Join("; ", components.Select(c => string.Join(", ", c.Take(5)) + (c.Count > 5 ? $", ... ({c.Count} nodes)" : ""))) +
               "). ECI/PCI are only meaningful on one connected network: analyse each component separately.")
    {
        Components = components;
    }

    /// <summary>The connected components, each a list of region and product names (regions first).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Components { get; }
}
