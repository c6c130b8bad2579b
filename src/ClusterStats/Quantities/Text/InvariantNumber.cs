using System.Globalization;

namespace ClusterStats.Internal;

/// <summary>How reading a number from text went.</summary>
internal enum NumberText
{
    /// <summary>The text is a number and the value holds it exactly.</summary>
    Ok,

    /// <summary>The text is not a plain invariant number (words, separators, spaces, control characters, an empty text).</summary>
    Invalid,

    /// <summary>The text is a number, but a <see cref="decimal"/> cannot hold it exactly (more than 28 fraction digits,
    /// more significant digits than its 96-bit mantissa, or beyond its range); reading it would round.</summary>
    Inexact,
}

/// <summary>
/// The one strict reader of numbers in data files (figures, exchange rates, index matrices and distributions,
/// microdata): ASCII digits with an optional leading sign and one '.' decimal point, nothing else — no spaces, no
/// thousands separators, no control characters (the framework parsers accept trailing NUL characters), no culture.
/// A decimal is read only when it holds the written value exactly; otherwise the text is refused, never rounded.
/// </summary>
internal static class InvariantNumber
{
    /// <summary>What a decimal column expects, for error messages.</summary>
    public const string DecimalExpected = "a number in plain invariant digits, such as 2200000000 or -44060000 (no thousands separators, no words)";

    /// <summary>What is expected of a number that a decimal cannot hold exactly, for error messages.</summary>
    public const string ExactExpected = "a number a decimal holds exactly (at most 28 digits after the point and at most 79228162514264337593543950335 without the point); this one would be rounded";

    /// <summary>Whether <paramref name="s"/> is <c>[+-]digits[.digits]</c> (digits on at least one side of the point),
    /// with an exponent <c>e[+-]digits</c> when <paramref name="allowExponent"/>.</summary>
    public static bool IsPlain(ReadOnlySpan<char> s, bool allowExponent = false)
    {
        int i = 0;
        if (s.Length > 0 && (s[0] == '-' || s[0] == '+')) i = 1;
        int digits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; digits++; }
        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; digits++; }
        }
        if (digits == 0) return false;
        if (allowExponent && i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            i++;
            if (i < s.Length && (s[i] == '-' || s[i] == '+')) i++;
            int expDigits = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; expDigits++; }
            if (expDigits == 0) return false;
        }
        return i == s.Length;
    }

    /// <summary>Reads a decimal exactly: <see cref="NumberText.Ok"/> only when <paramref name="value"/> equals the written number.</summary>
    public static NumberText TryParseDecimal(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        if (!IsPlain(s)) return NumberText.Invalid;
        if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)) return NumberText.Inexact;
        Span<char> written = stackalloc char[40];
        if (!value.TryFormat(written, out int n, default, CultureInfo.InvariantCulture)) return NumberText.Inexact;
        if (!SameDigits(s, written[..n])) { value = 0; return NumberText.Inexact; }
        return NumberText.Ok;
    }

    /// <summary>Reads a decimal from ASCII bytes exactly (see <see cref="TryParseDecimal(ReadOnlySpan{char}, out decimal)"/>).</summary>
    public static NumberText TryParseDecimal(ReadOnlySpan<byte> s, out decimal value)
    {
        value = 0;
        Span<char> chars = s.Length <= 128 ? stackalloc char[s.Length] : new char[s.Length];
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] > 0x7F) return NumberText.Invalid;
            chars[i] = (char)s[i];
        }
        return TryParseDecimal(chars, out value);
    }

    /// <summary>Reads a finite double whose text is plain (an exponent allowed); NaN, infinities and anything else are refused.</summary>
    public static bool TryParseDouble(ReadOnlySpan<char> s, out double value)
    {
        value = 0;
        return IsPlain(s, allowExponent: true)
            && double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    /// <summary>Reads <c>[+-]digits</c> as a 64-bit integer from ASCII bytes; false for anything else or beyond the range.</summary>
    public static bool TryParseLong(ReadOnlySpan<byte> s, out long value)
    {
        value = 0;
        int i = 0;
        bool negative = false;
        if (s.Length > 0 && (s[0] == (byte)'-' || s[0] == (byte)'+')) { negative = s[0] == (byte)'-'; i = 1; }
        if (i == s.Length) return false;
        ulong limit = negative ? 9_223_372_036_854_775_808UL : long.MaxValue;
        ulong v = 0;
        for (; i < s.Length; i++)
        {
            uint d = (uint)(s[i] - '0');
            if (d > 9) return false;
            if (v > (limit - d) / 10) return false;
            v = v * 10 + d;
        }
        value = negative ? (long)(0UL - v) : (long)v;
        return true;
    }

    // Whether two plain numbers have the same value: sign, integer digits without leading zeros and fraction digits
    // without trailing zeros are equal.
    private static bool SameDigits(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        bool na = Split(ref a, out var fa), nb = Split(ref b, out var fb);
        bool zero = a.IsEmpty && fa.IsEmpty;
        return (zero || na == nb) && a.SequenceEqual(b) && fa.SequenceEqual(fb);
    }

    // Cuts a plain number into its integer digits (left in s, leading zeros removed) and fraction digits (trailing
    // zeros removed); returns whether it is negative.
    private static bool Split(ref ReadOnlySpan<char> s, out ReadOnlySpan<char> fraction)
    {
        bool negative = s.Length > 0 && s[0] == '-';
        if (s.Length > 0 && (s[0] == '-' || s[0] == '+')) s = s[1..];
        int dot = s.IndexOf('.');
        fraction = dot < 0 ? [] : s[(dot + 1)..].TrimEnd('0');
        s = (dot < 0 ? s : s[..dot]).TrimStart('0');
        return negative;
    }
}
