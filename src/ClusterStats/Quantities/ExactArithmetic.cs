using System.Numerics;

namespace ClusterStats.Internal;

/// <summary>
/// Decimal sums and differences that are exact or an error: decimal arithmetic rounds silently once its 96-bit
/// mantissa is full (79228162514264337593543950335 + 0.1) and throws a bare OverflowException beyond its range.
/// Products are checked for range only: their factors (rates, per-unit values) are often quotients already rounded.
/// </summary>
internal static class ExactArithmetic
{
    public static decimal Add(decimal a, decimal b, string operation) => Check(a, b, operation, "+", (x, y) => x + y);

    public static decimal Subtract(decimal a, decimal b, string operation) => Check(a, b, operation, "-", (x, y) => x - y);

    public static decimal Multiply(decimal a, decimal b, string operation)
    {
        try
        {
            return a * b;
        }
        catch (OverflowException)
        {
            return ThrowHelper.Inexact<decimal>(operation, a, "*", b);
        }
    }

    /// <summary>A quotient, rounded as decimal division rounds; beyond the decimal range a <see cref="ClusterStatsException"/>.</summary>
    public static decimal Divide(decimal a, decimal b, string operation)
    {
        try
        {
            return a / b;
        }
        catch (OverflowException)
        {
            return ThrowHelper.Inexact<decimal>(operation, a, "/", b);
        }
    }

    private static decimal Check(decimal a, decimal b, string operation, string op, Func<decimal, decimal, decimal> compute)
    {
        decimal r;
        try
        {
            r = compute(a, b);
        }
        catch (OverflowException)
        {
            return ThrowHelper.Inexact<decimal>(operation, a, op, b);
        }
        var (ma, sa) = Split(a);
        var (mb, sb) = Split(b);
        var (mr, sr) = Split(r);
        // The exact result as a mantissa at a common scale, compared with the decimal's.
        int scale = Math.Max(sa, sb);
        var wa = ma * BigInteger.Pow(10, scale - sa);
        var wb = mb * BigInteger.Pow(10, scale - sb);
        var exact = op == "+" ? wa + wb : wa - wb;
        int common = Math.Max(scale, sr);
        bool same = exact * BigInteger.Pow(10, common - scale) == mr * BigInteger.Pow(10, common - sr);
        return same ? r : ThrowHelper.Inexact<decimal>(operation, a, op, b);
    }

    /// <summary>The number of significant digits of <paramref name="d"/> as it is held (trailing zeros dropped: 1000 has one).</summary>
    public static int SignificantDigits(decimal d)
    {
        var (m, _) = Split(d);
        m = BigInteger.Abs(m);
        if (m.IsZero) return 1;
        while (m % 10 == 0) m /= 10;
        return m.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
    }

    internal static (BigInteger Mantissa, int Scale) Split(decimal d)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(d, bits);
        var m = new BigInteger((uint)bits[0]) | new BigInteger((uint)bits[1]) << 32 | new BigInteger((uint)bits[2]) << 64;
        return (bits[3] < 0 ? -m : m, (bits[3] >> 16) & 0xFF);
    }
}

/// <summary>
/// An exact rational number, used to check whether a decimal quotient (a converted amount, a deflated value, a
/// derived ratio) is the exact result or was rounded to a decimal's 28 to 29 significant digits.
/// </summary>
internal readonly record struct Fraction
{
    private Fraction(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.Sign < 0) { numerator = -numerator; denominator = -denominator; }
        var g = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!g.IsZero && !g.IsOne) { numerator /= g; denominator /= g; }
        Numerator = numerator;
        Denominator = denominator;
    }

    public BigInteger Numerator { get; }

    public BigInteger Denominator { get; }

    public static Fraction Of(decimal d)
    {
        var (m, s) = ExactArithmetic.Split(d);
        return new Fraction(m, BigInteger.Pow(10, s));
    }

    public static Fraction operator *(Fraction a, Fraction b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Fraction operator /(Fraction a, Fraction b) => b.Numerator.IsZero
        ? throw new DivideByZeroException()
        : new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public static Fraction operator +(Fraction a, Fraction b) => new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    /// <summary>
    /// The decimal nearest to this number (halves to even) with as many fraction digits as a decimal can hold, or
    /// null when its integer part is beyond the decimal range.
    /// </summary>
    public decimal? ToDecimal()
    {
        var max = new BigInteger(decimal.MaxValue);
        var abs = BigInteger.Abs(Numerator);
        if (BigInteger.Divide(abs, Denominator) > max) return null;
        for (int scale = 28; scale >= 0; scale--)
        {
            var scaled = abs * BigInteger.Pow(10, scale);
            var q = BigInteger.DivRem(scaled, Denominator, out var rest);
            var twice = rest * 2;
            if (twice > Denominator || (twice == Denominator && !q.IsEven)) q += 1;
            if (q > max) continue;
            var bytes = q.ToByteArray(isUnsigned: true, isBigEndian: false);
            Span<byte> padded = stackalloc byte[12];
            bytes.AsSpan(0, Math.Min(bytes.Length, 12)).CopyTo(padded);
            int lo = BitConverter.ToInt32(padded[..4]), mid = BitConverter.ToInt32(padded[4..8]), hi = BitConverter.ToInt32(padded[8..]);
            return new decimal(lo, mid, hi, Numerator.Sign < 0, (byte)scale);
        }
        return null;
    }

    /// <summary>Whether <paramref name="d"/> is exactly this number.</summary>
    public bool IsExactly(decimal d)
    {
        var (m, s) = ExactArithmetic.Split(d);
        return m * Denominator == Numerator * BigInteger.Pow(10, s);
    }
}
