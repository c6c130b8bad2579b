using System.Globalization;
using System.Text;

namespace ClusterStats.Internal;

/// <summary>
/// Text from files or arguments made safe to show: control characters (C0, DEL, C1) and the bidirectional overrides
/// and isolates that reorder what a terminal or browser shows are written as visible escapes such as <c>\u001b</c>, so
/// a cell cannot move the cursor, recolour the terminal or hide text.
/// </summary>
internal static class Printable
{
    /// <summary>Whether <paramref name="c"/> is shown escaped (line feed and tab too, unless kept).</summary>
    public static bool NeedsEscape(char c, bool keepLineBreaks) => c switch
    {
        '\n' or '\t' => !keepLineBreaks,
        < ' ' or '\u007F' => true,
        >= '\u0080' and <= '\u009F' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => false,
    };

    /// <summary>
    /// <paramref name="text"/> with every control character as <c>\uXXXX</c> (for people to read, not to be read
    /// back). With <paramref name="keepLineBreaks"/>, line feeds and tabs stay (messages of several lines, HTML text).
    /// </summary>
    public static string Escape(string? text, bool keepLineBreaks = false)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        int first = -1;
        for (int i = 0; i < text.Length; i++)
        {
            if (NeedsEscape(text[i], keepLineBreaks)) { first = i; break; }
        }
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (NeedsEscape(c, keepLineBreaks)) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
