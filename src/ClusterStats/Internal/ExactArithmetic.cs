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

    private static (BigInteger Mantissa, int Scale) Split(decimal d)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(d, bits);
        var m = new BigInteger((uint)bits[0]) | new BigInteger((uint)bits[1]) << 32 | new BigInteger((uint)bits[2]) << 64;
        return (bits[3] < 0 ? -m : m, (bits[3] >> 16) & 0xFF);
    }
}
