namespace ClusterStats.Internal;

/// <summary>Nearest words for "did you mean" messages: Damerau-Levenshtein distance, case-insensitive.</summary>
internal static class Words
{
    /// <summary>
    /// The word of <paramref name="known"/> nearest to <paramref name="text"/> (case-insensitive), or null when none
    /// is within <see cref="MaxDistance"/> edits and closer than the text's length. Ties go to the earlier word.
    /// </summary>
    public static string? Nearest(string text, IEnumerable<string> known)
    {
        var lower = text.ToLowerInvariant();
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var word in known)
        {
            int d = Distance(lower, word.ToLowerInvariant());
            if (d < bestDistance)
            {
                bestDistance = d;
                best = word;
            }
        }
        return bestDistance <= MaxDistance && bestDistance < text.Length ? best : null;
    }

    /// <summary>The most edits a suggestion may be away: 2.</summary>
    public const int MaxDistance = 2;

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions each count one.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
