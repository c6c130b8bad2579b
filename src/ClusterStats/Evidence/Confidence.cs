namespace ClusterStats;

/// <summary>How far a source can be trusted for a figure, as judged when the figure was recorded.</summary>
public enum Confidence
{
    /// <summary>Weak: a blog, a reprint without date, marketing material, a claim that is only repeated.</summary>
    Low,

    /// <summary>Plausible: a reprint, a press release or a news report that names its source.</summary>
    Medium,

    /// <summary>Strong: an official statistic, or a named outlet quoting an official.</summary>
    High,
}

/// <summary>Stable codes (<c>high</c>, <c>medium</c>, <c>low</c>) for <see cref="Confidence"/> in CSV files and on the command line.</summary>
public static class ConfidenceCodes
{
    /// <summary>The stable code: high, medium or low.</summary>
    public static string ToCode(this Confidence confidence) => confidence switch
    {
        Confidence.High => "high",
        Confidence.Medium => "medium",
        Confidence.Low => "low",
        _ => throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Unknown confidence."),
    };

    /// <summary>Reads a stable code back; false when <paramref name="code"/> is not high, medium or low.</summary>
    public static bool TryParse(string? code, out Confidence confidence)
    {
        switch (code)
        {
            case "high": confidence = Confidence.High; return true;
            case "medium": confidence = Confidence.Medium; return true;
            case "low": confidence = Confidence.Low; return true;
            default: confidence = default; return false;
        }
    }
}
