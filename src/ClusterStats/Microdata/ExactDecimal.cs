using System.Globalization;
using ClusterStats.Internal;

namespace ClusterStats.Microdata;

/// <summary>Exact number reading and decimal arithmetic for microdata sums: nothing is rounded, ever; a sum that
/// <see cref="decimal"/> cannot hold exactly is an error.</summary>
internal static class ExactDecimal
{
    internal static readonly long[] Pow10 =
    [
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L,
        10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L,
        1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L, 1_000_000_000_000_000_000L,
    ];

    /// <summary>Adds two decimals, throwing when the result would be rounded (decimal addition silently drops
    /// fraction digits once the 96-bit mantissa is full) or overflow.</summary>
    public static decimal Add(decimal a, decimal b)
    {
        decimal r;
        try
        {
            r = a + b;
        }
        catch (OverflowException)
        {
            return ThrowHelper.Invalid<decimal>(string.Create(CultureInfo.InvariantCulture, $"The exact sum of {a} and {b} exceeds the decimal range (about 7.9e28)."));
        }
        if (r.Scale < Math.Max(a.Scale, b.Scale) && r - a != b)
        {
            ThrowHelper.Invalid(string.Create(CultureInfo.InvariantCulture, $"The sum of {a} and {b} needs more than 28 significant digits and cannot be held exactly."));
        }
        return r;
    }

    public enum ParseResult { Ok, NeedsDecimal, Invalid }

    /// <summary>
    /// Reads <c>[+-]digits[.digits]</c> as an integer scaled by 10^<paramref name="scale"/>. Returns NeedsDecimal when the
    /// value is well-formed but does not fit that representation (more than 18 digits, or more fraction digits than
    /// <paramref name="scale"/> that are not zeros); <paramref name="fractionDigits"/> is the number written.
    /// </summary>
    public static ParseResult TryParseScaled(ReadOnlySpan<byte> s, int scale, out long scaled, out int fractionDigits)
    {
        scaled = 0;
        fractionDigits = 0;
        int i = 0;
        bool negative = false;
        if (s.Length > 0 && (s[0] == (byte)'-' || s[0] == (byte)'+')) { negative = s[0] == (byte)'-'; i = 1; }
        ulong mantissa = 0;
        int digits = 0;
        int significant = 0;
        for (; i < s.Length; i++)
        {
            uint d = (uint)(s[i] - '0');
            if (d > 9) break;
            digits++;
            if (mantissa != 0 || d != 0) significant++;
            if (significant <= 18) mantissa = mantissa * 10 + d;
        }
        if (i < s.Length && s[i] == (byte)'.')
        {
            for (i++; i < s.Length; i++)
            {
                uint d = (uint)(s[i] - '0');
                if (d > 9) break;
                digits++;
                fractionDigits++;
                if (mantissa != 0 || d != 0) significant++;
                if (significant <= 18) mantissa = mantissa * 10 + d;
            }
        }
        if (i != s.Length || digits == 0) return ParseResult.Invalid;
        if (significant > 18) return ParseResult.NeedsDecimal;
        int f = fractionDigits;
        while (f > scale && mantissa % 10 == 0) { mantissa /= 10; f--; }
        if (f > scale) return ParseResult.NeedsDecimal;
        // significant <= 18 and the shift only adds trailing zeros: check the scaled value stays below 10^18.
        int shift = scale - f;
        if (mantissa != 0 && (significant - (fractionDigits - f)) + shift > 18) return ParseResult.NeedsDecimal;
        long v = (long)mantissa * Pow10[shift];
        scaled = negative ? -v : v;
        return ParseResult.Ok;
    }

    /// <summary>Reads a decimal number that the scaled form could not hold (still exact, up to 28 digits).</summary>
    public static bool TryParseDecimal(ReadOnlySpan<byte> s, out decimal value, out int fractionDigits)
    {
        fractionDigits = 0;
        int dot = s.IndexOf((byte)'.');
        if (dot >= 0) fractionDigits = s.Length - dot - 1;
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Reads <c>[+-]digits</c> as a 64-bit integer.</summary>
    public static bool TryParseLong(ReadOnlySpan<byte> s, out long value)
    {
        value = 0;
        int i = 0;
        bool negative = false;
        if (s.Length > 0 && (s[0] == (byte)'-' || s[0] == (byte)'+')) { negative = s[0] == (byte)'-'; i = 1; }
        if (i == s.Length) return false;
        if (s.Length - i <= 18)
        {
            long v = 0;
            for (; i < s.Length; i++)
            {
                uint d = (uint)(s[i] - '0');
                if (d > 9) return false;
                v = v * 10 + d;
            }
            value = negative ? -v : v;
            return true;
        }
        // Long digit strings: the framework parser checks the range exactly.
        return long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The decimal value of an integer scaled by 10^scale (exact).</summary>
    public static decimal ScaledToDecimal(long scaled, int scale)
    {
        bool negative = scaled < 0;
        ulong m = negative ? (ulong)(-(scaled + 1)) + 1 : (ulong)scaled;
        return new decimal((int)(uint)m, (int)(uint)(m >> 32), 0, negative, (byte)scale);
    }
}
