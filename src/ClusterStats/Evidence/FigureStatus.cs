namespace ClusterStats;

/// <summary>
/// Whether a figure may be used for points, ranks, derived figures, shares and charts. Suspicious and superseded
/// figures stay in figure tables and conflict listings, marked; comparisons leave them out unless
/// <see cref="ComparisonOptions.IncludeSuspicious"/> is set.
/// </summary>
public enum FigureStatus
{
    /// <summary>No doubt recorded (an empty status column reads as ok).</summary>
    Ok,

    /// <summary>The record itself doubts the figure (a likely misquote, an unsourced boast, an unverified marketing figure).</summary>
    Suspicious,

    /// <summary>A later revision by the same publisher replaces the figure.</summary>
    Superseded,
}

/// <summary>The stable codes of <see cref="FigureStatus"/>: <c>ok</c>, <c>suspicious</c>, <c>superseded</c>.</summary>
public static class FigureStatusCodes
{
    /// <summary>The stable code: ok, suspicious or superseded.</summary>
    public static string ToCode(this FigureStatus status) => status switch
    {
        FigureStatus.Ok => "ok",
        FigureStatus.Suspicious => "suspicious",
        FigureStatus.Superseded => "superseded",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown figure status."),
    };

    /// <summary>Reads a stable code back (empty or null reads as ok); returns false for any other text.</summary>
    public static bool TryParse(string? code, out FigureStatus status)
    {
        switch (code)
        {
            case null or "" or "ok": status = FigureStatus.Ok; return true;
            case "suspicious": status = FigureStatus.Suspicious; return true;
            case "superseded": status = FigureStatus.Superseded; return true;
            default: status = default; return false;
        }
    }
}
