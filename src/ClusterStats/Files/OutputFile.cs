namespace ClusterStats;

/// <summary>
/// Writes a file as ClusterStats writes its own (reports, charts, CSV files): into a new temporary file beside the
/// target, flushed, then renamed over it, so a failing write leaves the old file as it was; a target that is a symbolic
/// link, a folder or a device is refused. For output of your own that deserves the same care.
/// </summary>
public static class OutputFile
{
    /// <summary>Writes <paramref name="text"/> as UTF-8 without BOM to <paramref name="path"/>, whole or not at all.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="ClusterStatsException">The target is a symbolic link, a folder or a device.</exception>
    public static void WriteText(string path, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(text);
        Internal.OutputFiles.WriteText(path, text);
    }
}

/// <summary>
/// Text from files or arguments made safe to show on a terminal, in a log or a message: control characters (C0, DEL,
/// C1) and the bidirectional overrides and isolates that reorder what is shown become visible escapes such as
/// <c>\u001b</c>, so a cell of a file cannot move the cursor, recolour the terminal or hide text.
/// </summary>
public static class DisplayText
{
    /// <summary>
    /// <paramref name="text"/> with every such character as <c>\uXXXX</c> (for people to read, not to be read back);
    /// with <paramref name="keepLineBreaks"/>, line feeds and tabs stay. Null gives the empty string.
    /// </summary>
    public static string Escape(string? text, bool keepLineBreaks = false) => Internal.Printable.Escape(text, keepLineBreaks);
}
