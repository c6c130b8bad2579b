using System.Globalization;
using System.Text;

namespace ClusterStats.Internal;

/// <summary>
/// The text rules of .xlsx cells: the <c>_xHHHH_</c> escapes of characters XML cannot hold, the shortest exact decimal
/// text of a stored number, and the dates that number formats and date cells stand for.
/// </summary>
internal static class XlsxText
{
    /// <summary>
    /// The shortest decimal text that reads back as exactly <paramref name="value"/> (a finite double), in plain digits
    /// (never an exponent): 0.1 is <c>0.1</c>, 1e15 + 1 is <c>1000000000000001</c>, 1e-7 is <c>0.0000001</c>.
    /// </summary>
    public static string Shortest(double value)
    {
        if (value == 0) return "0";
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        int e = text.IndexOfAny(['E', 'e']);
        if (e < 0) return text;
        bool negative = text[0] == '-';
        var mantissa = text[(negative ? 1 : 0)..e];
        int exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        int point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = point < 0 ? mantissa : mantissa.Remove(point, 1);
        int integerDigits = (point < 0 ? mantissa.Length : point) + exponent;
        string plain = integerDigits <= 0 ? "0." + new string('0', -integerDigits) + digits
            : integerDigits >= digits.Length ? digits + new string('0', integerDigits - digits.Length)
            : digits[..integerDigits] + "." + digits[integerDigits..];
        return negative ? "-" + plain : plain;
    }

    /// <summary>
    /// Whether <paramref name="number"/>, the double that the stored text <paramref name="stored"/> of a number cell reads
    /// as, is that very number: the text is its shortest round-trip decimal or its 17-significant-digit form (which some
    /// writers store, <c>0.10000000000000001</c> for 0.1), with any zeros, point or exponent. Digits beyond what a double
    /// keeps (<c>123456789012345678</c>, which reads as 123456789012345680) or a value too small for a double
    /// (<c>1E-400</c>, which reads as 0) are not kept.
    /// </summary>
    public static bool Keeps(string stored, double number)
    {
        if (!TryDecimal(stored.Trim(), out var value)) return false;
        return TryDecimal(Shortest(number), out var shortest) && value == shortest
            || TryDecimal(number.ToString("E16", CultureInfo.InvariantCulture), out var full) && value == full;
    }

    /// <summary>The plain decimal text of a stored number times 100: what a percent format shows (0.35 shows as 35).</summary>
    public static string Percent(string plain)
    {
        bool negative = plain.StartsWith('-');
        var digits = negative ? plain[1..] : plain;
        int point = digits.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? digits : digits[..point];
        var fraction = (point < 0 ? "" : digits[(point + 1)..]).PadRight(2, '0');
        whole = (whole + fraction[..2]).TrimStart('0');
        fraction = fraction[2..].TrimEnd('0');
        var text = (whole.Length == 0 ? "0" : whole) + (fraction.Length == 0 ? "" : "." + fraction);
        return negative && text != "0" ? "-" + text : text;
    }

    // A decimal number text (sign, digits with an optional point, optional exponent) as its significant digits and the
    // power of ten of the last one; zero of any sign is ("", 0).
    private static bool TryDecimal(string text, out (bool Negative, string Digits, long Exponent) value)
    {
        value = default;
        int k = 0;
        bool negative = k < text.Length && text[k] == '-';
        if (k < text.Length && text[k] is '-' or '+') k++;
        var digits = new StringBuilder();
        int fractionDigits = 0, mantissaDigits = 0;
        bool point = false;
        for (; k < text.Length; k++)
        {
            char c = text[k];
            if (char.IsAsciiDigit(c)) { digits.Append(c); mantissaDigits++; if (point) fractionDigits++; }
            else if (c == '.' && !point) point = true;
            else break;
        }
        if (mantissaDigits == 0) return false;
        long exponent = 0;
        if (k < text.Length)
        {
            if (text[k] is not ('e' or 'E') || !long.TryParse(text.AsSpan(k + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent)
                || Math.Abs(exponent) > 1_000_000) return false;
        }
        var significant = digits.ToString().TrimStart('0');
        var trimmed = significant.TrimEnd('0');
        exponent += significant.Length - trimmed.Length - fractionDigits;
        value = trimmed.Length == 0 ? (false, "", 0) : (negative, trimmed, exponent);
        return true;
    }

    /// <summary>The text a cell stores with its <c>_xHHHH_</c> escapes decoded (<c>_x000D_</c> is a carriage return, <c>_x005F_</c> an underscore).</summary>
    public static string Decode(string text)
    {
        if (!text.Contains("_x", StringComparison.Ordinal)) return text;
        var decoded = new StringBuilder(text.Length);
        for (int k = 0; k < text.Length; k++)
        {
            if (IsEscape(text, k))
            {
                decoded.Append((char)int.Parse(text.AsSpan(k + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                k += 6;
            }
            else
            {
                decoded.Append(text[k]);
            }
        }
        return decoded.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> as a cell stores it: characters XML cannot hold or would change (control characters, the
    /// carriage return, unpaired surrogates) as <c>_xHHHH_</c>, and the underscore of text that looks like such an
    /// escape as <c>_x005F_</c>, so that <see cref="Decode"/> gives the text back exactly.
    /// </summary>
    public static string Encode(string text)
    {
        StringBuilder? encoded = null;
        for (int k = 0; k < text.Length; k++)
        {
            char c = text[k];
            bool pair = char.IsHighSurrogate(c) && k + 1 < text.Length && char.IsLowSurrogate(text[k + 1]);
            bool escape = IsEscape(text, k) || !pair && (c < 0x20 && c is not ('\t' or '\n') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF');
            if (escape)
            {
                encoded ??= new StringBuilder(text, 0, k, text.Length + 16);
                encoded.Append(string.Create(CultureInfo.InvariantCulture, $"_x{(int)c:X4}_"));
            }
            else
            {
                encoded?.Append(c);
                if (pair) { encoded?.Append(text[k + 1]); k++; }
            }
        }
        return encoded?.ToString() ?? text;
    }

    private static bool IsEscape(string text, int k) =>
        k + 6 < text.Length && text[k] == '_' && text[k + 1] == 'x' && text[k + 6] == '_' && text.AsSpan(k + 2, 4).ContainsAnyExcept("0123456789ABCDEFabcdef") == false;

    /// <summary>Whether a built-in number format (by id) shows a date: 14 to 17 and 22, and the East Asian date formats 27 to 31, 36, 50 to 54, 57 and 58.</summary>
    public static bool IsBuiltInDateFormat(int id) => id is (>= 14 and <= 17) or 22 or (>= 27 and <= 31) or 36 or (>= 50 and <= 54) or 57 or 58;

    /// <summary>Whether a built-in number format (by id) shows a number times 100 with a percent sign: 9 (<c>0%</c>) and 10 (<c>0.00%</c>).</summary>
    public static bool IsBuiltInPercentFormat(int id) => id is 9 or 10;

    /// <summary>
    /// Whether a custom number format shows a number times 100: a section has a % sign outside quoted text, escapes
    /// (<c>\%</c>) and brackets; a quoted or escaped % is a literal sign and shows the number as stored.
    /// </summary>
    public static bool IsPercentFormat(string format)
    {
        bool quoted = false, bracket = false;
        for (int k = 0; k < format.Length; k++)
        {
            char c = format[k];
            if (quoted) { quoted = c != '"'; continue; }
            if (bracket) { bracket = c != ']'; continue; }
            switch (c)
            {
                case '"': quoted = true; break;
                case '[': bracket = true; break;
                case '\\' or '_' or '*': k++; break;
                case '%': return true;
            }
        }
        return false;
    }

    /// <summary>Whether a custom number format shows a date: its first section names a year, month or day outside quoted text, escapes and brackets.</summary>
    public static bool IsDateFormat(string format)
    {
        bool quoted = false, bracket = false, hasTime = false, hasMonthOrMinute = false;
        for (int k = 0; k < format.Length; k++)
        {
            char c = format[k];
            if (quoted) { quoted = c != '"'; continue; }
            if (bracket) { bracket = c != ']'; continue; }
            switch (char.ToLowerInvariant(c))
            {
                case '"': quoted = true; break;
                case '[': bracket = true; break;
                case '\\' or '_' or '*': k++; break;
                case ';': return hasMonthOrMinute && !hasTime;
                case 'y' or 'd': return true;
                case 'h' or 's': hasTime = true; break;
                case 'm': hasMonthOrMinute = true; break;
            }
        }
        return hasMonthOrMinute && !hasTime;
    }

    /// <summary>The ISO text of a date serial number: <c>yyyy-MM-dd</c>, with <c>THH:mm:ss.FFF</c> when it has a time of day.</summary>
    public static bool TrySerialDate(double serial, bool date1904, out string iso)
    {
        iso = "";
        double day = Math.Floor(serial);
        DateTime start;
        if (date1904)
        {
            if (serial < 0) return false;
            start = new DateTime(1904, 1, 1);
        }
        else
        {
            // 1900-based serials count a 29 February 1900 that never was (serial 60); serial 1 is 1900-01-01.
            if (serial < 1 || day == 60) return false;
            start = day < 60 ? new DateTime(1899, 12, 31) : new DateTime(1899, 12, 30);
        }
        if (day > (DateTime.MaxValue.Date - start).TotalDays) return false;
        var date = start.AddDays(day);
        long milliseconds = (long)Math.Round((serial - day) * 86_400_000d, MidpointRounding.AwayFromZero);
        if (milliseconds == 0)
        {
            iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return true;
        }
        iso = date.AddMilliseconds(milliseconds).ToString("yyyy-MM-dd'T'HH:mm:ss.FFF", CultureInfo.InvariantCulture).TrimEnd('.');
        return true;
    }

    /// <summary>The ISO text of a date cell (type d, ISO 8601 text): the date alone when it has no time of day.</summary>
    public static bool TryIsoDate(string value, out string iso)
    {
        iso = "";
        if (!DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date)) return false;
        iso = date.TimeOfDay == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.');
        return true;
    }
}
