using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using CsvHelper;

namespace ClusterStats.Internal;

/// <summary>
/// The one rule for CSV cells a spreadsheet would run as a formula, used by every CSV writer of the library and the
/// command line: text that starts with <c>= + - @</c> (also after leading spaces, tabs, CR or LF), or that starts with
/// a tab or CR, gets a leading <c>'</c>, which spreadsheets read as "this cell is text" and the figure readers remove
/// again (<see cref="Restore"/>). Numbers written as numbers are not text and stay as they are.
/// </summary>
internal static class CsvCells
{
    /// <summary>What every CSV reader says of a carriage return that no line feed follows: it is neither text of a field nor a line end.</summary>
    public const string LoneCr = "line ends of LF or CRLF and no CR (carriage return) alone inside a row: it is neither text of a field nor a line end";

    /// <summary>Whether a spreadsheet could take <paramref name="text"/> for a formula.</summary>
    public static bool IsFormulaLike(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return false;
        if (text[0] is '\t' or '\r') return true;
        foreach (char c in text)
        {
            if (c is ' ' or '\t' or '\r' or '\n') continue;
            return c is '=' or '+' or '-' or '@';
        }
        return false;
    }

    // Formula-like, or an escape (') before text that needs one, so that text starting with '= keeps its quote mark.
    private static bool NeedsEscape(ReadOnlySpan<char> text) =>
        IsFormulaLike(text) || text.Length > 1 && text[0] == '\'' && NeedsEscape(text[1..]);

    /// <summary><paramref name="text"/> with a leading <c>'</c> when it is formula-like (or is <c>'</c> before such text); null stays null.</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Neutralize(string? text) => text is not null && NeedsEscape(text) ? "'" + text : text;

    /// <summary>The text <see cref="Neutralize"/> was given: its leading <c>'</c> removed; other text as it is.</summary>
    public static string Restore(string text) => IsNeutralized(text) ? text[1..] : text;

    /// <summary>Whether <see cref="Restore"/> removes a leading <c>'</c> from <paramref name="text"/>.</summary>
    public static bool IsNeutralized(ReadOnlySpan<char> text) => text.Length > 1 && text[0] == '\'' && NeedsEscape(text[1..]);

    /// <summary>
    /// A field of a CSV table that mixes text and numbers (index output): a plain invariant number (digits with an
    /// optional sign, decimal point and exponent, or NaN) stays, any other text goes through <see cref="Neutralize"/>.
    /// </summary>
    public static string NeutralizeUnlessNumber(string text) => IsPlainNumber(text) ? text : Neutralize(text);

    /// <summary>A text field for a CSV line written by hand: neutralised, then quoted (RFC 4180) when it holds a comma, quote or line break.</summary>
    public static string TextField(string text) => Quote(Neutralize(text));

    /// <summary>A field of a table that mixes text and numbers (<see cref="NeutralizeUnlessNumber"/>), quoted as <see cref="TextField"/>.</summary>
    public static string MixedField(string text) => Quote(NeutralizeUnlessNumber(text));

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static bool IsPlainNumber(string text)
    {
        if (text is "NaN") return true;
        int i = 0, n = text.Length;
        if (i < n && text[i] == '-') i++;
        int digits = 0;
        while (i < n && char.IsAsciiDigit(text[i])) { i++; digits++; }
        if (i < n && text[i] == '.') { i++; while (i < n && char.IsAsciiDigit(text[i])) { i++; digits++; } }
        if (digits == 0) return false;
        if (i < n && text[i] is 'E' or 'e')
        {
            i++;
            if (i < n && text[i] is '+' or '-') i++;
            int exp = 0;
            while (i < n && char.IsAsciiDigit(text[i])) { i++; exp++; }
            if (exp == 0) return false;
        }
        return i == n;
    }

    /// <summary>Writes <paramref name="records"/> with every writable text property neutralised first.</summary>
    public static void WriteNeutralized<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>(this CsvWriter csv, IEnumerable<T> records)
        where T : class
    {
        var texts = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string) && p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0).ToArray();
        csv.WriteRecords(records.Select(r =>
        {
            foreach (var p in texts) p.SetValue(r, Neutralize((string?)p.GetValue(r)));
            return r;
        }));
    }
}
