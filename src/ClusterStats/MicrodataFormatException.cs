namespace ClusterStats.Microdata;

/// <summary>Thrown when a microdata file has a bad row (and bad rows are not skipped) or a bad header.
/// <see cref="Error"/> says where and what.</summary>
public sealed class MicrodataFormatException : ClusterStatsException
{
    /// <summary>Creates the exception for one bad row.</summary>
    internal MicrodataFormatException(CsvError error) : base(error?.ToString() ?? "") => Error = error!;

    /// <summary>The bad row: file, line, column, text found and what was expected.</summary>
    public CsvError Error { get; }
}
