using System.Globalization;

namespace ClusterStats.Microdata;

/// <summary>
/// One row of a microdata file that could not be read: where it is (file, 1-based physical line, column) and what was
/// found instead of what was expected. <see cref="ToString"/> gives <c>FILE:LINE:COLUMN: found 'TEXT'; expected WHAT</c>.
/// </summary>
/// <param name="File">The file path as given.</param>
/// <param name="Line">The 1-based physical line where the row starts (the header is line 1).</param>
/// <param name="Column">The column name from the header (or a description such as <c>field 9</c> beyond the header).</param>
/// <param name="Found">The text found (cut to 80 characters).</param>
/// <param name="Expected">What was expected instead.</param>
public sealed record MicrodataRowError(string File, long Line, string Column, string Found, string Expected)
{
    /// <summary>The error as one line: <c>FILE:LINE:COLUMN: found 'TEXT'; expected WHAT</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}: found '{Found}'; expected {Expected}");
}

/// <summary>Thrown when a microdata file has a bad row (and bad rows are not skipped) or a bad header.
/// <see cref="Error"/> says where and what.</summary>
public sealed class MicrodataFormatException : ClusterStatsException
{
    /// <summary>Creates the exception for one bad row.</summary>
    public MicrodataFormatException(MicrodataRowError error) : base(error?.ToString() ?? "") => Error = error!;

    /// <summary>The bad row: file, line, column, text found and what was expected.</summary>
    public MicrodataRowError Error { get; }
}
