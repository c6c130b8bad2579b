using System.Globalization;
using System.Numerics;
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

    /// <summary>The scale of the wide accumulators: every decimal is a whole number of 10^-28.</summary>
    internal const int WideScale = 28;

    private static readonly BigInteger[] WidePow10 = Enumerable.Range(0, WideScale + 1).Select(k => BigInteger.Pow(10, k)).ToArray();

    private static readonly BigInteger DecimalMantissaLimit = BigInteger.One << 96;

    /// <summary>A decimal as a whole number of 10^-28 (exact; at most 57 digits).</summary>
    public static BigInteger ToWide(decimal d)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(d, bits);
        var mantissa = new BigInteger((uint)bits[0]) | new BigInteger((uint)bits[1]) << 32 | new BigInteger((uint)bits[2]) << 64;
        int scale = (bits[3] >> 16) & 0xFF;
        var wide = mantissa * WidePow10[WideScale - scale];
        return bits[3] < 0 ? -wide : wide;
    }

    /// <summary>An integer scaled by 10^<paramref name="scale"/> as a whole number of 10^-28.</summary>
    public static BigInteger ToWide(long scaled, int scale) => scaled * WidePow10[WideScale - scale];

    /// <summary>
    /// The decimal equal to <paramref name="wide"/> (a whole number of 10^-28), written with at least
    /// <paramref name="minScale"/> fraction digits where the mantissa has room; false when no decimal holds it exactly.
    /// </summary>
    public static bool TryToDecimal(BigInteger wide, int minScale, out decimal value)
    {
        value = 0;
        int scale = WideScale;
        while (scale > 0 && !wide.IsZero && wide % 10 == 0 && (scale > minScale || BigInteger.Abs(wide) >= DecimalMantissaLimit))
        {
            wide /= 10;
            scale--;
        }
        if (wide.IsZero)
        {
            value = new decimal(0, 0, 0, false, (byte)Math.Min(minScale, WideScale));
            return true;
        }
        var abs = BigInteger.Abs(wide);
        if (abs >= DecimalMantissaLimit) return false;
        value = new decimal((int)(uint)(abs & uint.MaxValue), (int)(uint)((abs >> 32) & uint.MaxValue), (int)(uint)(abs >> 64), wide.Sign < 0, (byte)scale);
        return true;
    }

    /// <summary>The same value written with <paramref name="scale"/> fraction digits (at least its own), where the mantissa has room.</summary>
    public static decimal WithScale(decimal d, int scale) => TryToDecimal(ToWide(d), Math.Max(scale, d.Scale), out var r) ? r : d;

    /// <summary>A whole number of 10^-28 as invariant digits without trailing fraction zeros (for messages).</summary>
    public static string WideText(BigInteger wide)
    {
        var digits = BigInteger.Abs(wide).ToString(CultureInfo.InvariantCulture).PadLeft(WideScale + 1, '0');
        var integer = digits[..^WideScale];
        var fraction = digits[^WideScale..].TrimEnd('0');
        return (wide.Sign < 0 ? "-" : "") + integer + (fraction.Length > 0 ? "." + fraction : "");
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

    /// <summary>Reads a decimal number that the scaled form could not hold: Ok only when the decimal holds it exactly
    /// (<see cref="InvariantNumber"/>); a number a decimal would round is Inexact, never rounded.</summary>
    public static NumberText TryParseDecimal(ReadOnlySpan<byte> s, out decimal value, out int fractionDigits)
    {
        fractionDigits = 0;
        int dot = s.IndexOf((byte)'.');
        if (dot >= 0) fractionDigits = s.Length - dot - 1;
        return InvariantNumber.TryParseDecimal(s, out value);
    }

    /// <summary>Reads <c>[+-]digits</c> as a 64-bit integer.</summary>
    public static bool TryParseLong(ReadOnlySpan<byte> s, out long value) => InvariantNumber.TryParseLong(s, out value);

    /// <summary>The decimal value of an integer scaled by 10^scale (exact).</summary>
    public static decimal ScaledToDecimal(long scaled, int scale)
    {
        bool negative = scaled < 0;
        ulong m = negative ? (ulong)(-(scaled + 1)) + 1 : (ulong)scaled;
        return new decimal((int)(uint)m, (int)(uint)(m >> 32), 0, negative, (byte)scale);
    }
}
