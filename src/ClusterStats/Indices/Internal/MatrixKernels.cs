using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ClusterStats.Indices;

/// <summary>
/// Row, column and grand totals of a dense row-major matrix with non-negative values, computed in one pass. When the
/// grand total overflows a double, the working values are a copy scaled by a power of two (exact, so every share and
/// quotient is unchanged) and <see cref="Scale"/> says by how much; <see cref="Original"/> keeps the values as given.
/// Blocks of rows are summed in parallel when the matrix is large; the blocks do not depend on the number of threads,
/// so the totals are the same on every machine.
/// </summary>
internal sealed class MatrixTotals
{
    private const int BlockRows = 256;
    private const int ParallelCells = 1 << 18;

    public MatrixTotals(double[] values, int rows, int columns)
    {
        Original = values;
        Rows = rows;
        Columns = columns;
        Values = values;
        Scale = 1;
        Sum(values);
        if (!AllNonNegative) return;
        if (!double.IsFinite(Total))
        {
            // Values near double.MaxValue: sums overflow. Scale so the largest value is below 1; powers of two are exact.
            double max = 0;
            foreach (var v in values) max = Math.Max(max, v);
            Scale = Math.ScaleB(1.0, -Math.ILogB(max) - 1);
            var scaled = new double[values.Length];
            for (int k = 0; k < scaled.Length; k++) scaled[k] = values[k] * Scale;
            Values = scaled;
            Sum(scaled);
        }
    }

    public int Rows { get; }
    public int Columns { get; }

    /// <summary>The values the totals are computed from (the original, or a scaled copy); read only.</summary>
    public double[] Values { get; }

    /// <summary>The values as given; read only.</summary>
    public double[] Original { get; }

    /// <summary>The power of two the original values were multiplied by to give <see cref="Values"/> (1 almost always).</summary>
    public double Scale { get; }

    public double[] RowTotals { get; private set; } = [];
    public double[] ColumnTotals { get; private set; } = [];
    public double Total { get; private set; }

    /// <summary>Whether every value is a finite number &gt;= 0 (checked in the same pass); when not, the totals mean nothing.</summary>
    public bool AllNonNegative { get; private set; }

    public ReadOnlySpan<double> Row(int r) => Values.AsSpan(r * Columns, Columns);

    private void Sum(double[] values)
    {
        int rows = Rows, columns = Columns;
        var rowTotals = new double[rows];
        var columnTotals = new double[columns];
        int blocks = (rows + BlockRows - 1) / BlockRows;
        if (blocks > 1 && (long)rows * columns >= ParallelCells)
        {
            var partial = new double[blocks][];
            var valid = new bool[blocks];
            Parallel.For(0, blocks, b =>
            {
                var acc = new double[columns];
                bool ok = true;
                for (int r = b * BlockRows, end = Math.Min(rows, r + BlockRows); r < end; r++)
                {
                    rowTotals[r] = MatrixKernels.SumAndAccumulate(values.AsSpan(r * columns, columns), acc, ref ok);
                }
                (partial[b], valid[b]) = (acc, ok);
            });
            foreach (var acc in partial) MatrixKernels.AddInto(acc, columnTotals);
            AllNonNegative = Array.TrueForAll(valid, v => v);
        }
        else
        {
            bool ok = true;
            for (int r = 0; r < rows; r++) rowTotals[r] = MatrixKernels.SumAndAccumulate(values.AsSpan(r * columns, columns), columnTotals, ref ok);
            AllNonNegative = ok;
        }
        double total = 0;
        foreach (var t in rowTotals) total += t;
        (RowTotals, ColumnTotals, Total) = (rowTotals, columnTotals, total);
    }

    /// <summary>Runs <paramref name="body"/> over blocks of rows, in parallel when the matrix is large.</summary>
    public void ForEachRowBlock(Action<int, int> body)
    {
        int blocks = (Rows + BlockRows - 1) / BlockRows;
        if (blocks > 1 && (long)Rows * Columns >= ParallelCells)
        {
            Parallel.For(0, blocks, b => body(b * BlockRows, Math.Min(Rows, (b + 1) * BlockRows)));
        }
        else if (Rows > 0)
        {
            body(0, Rows);
        }
    }
}

/// <summary>Vectorised loops over contiguous spans of doubles.</summary>
internal static class MatrixKernels
{
    /// <summary>
    /// Returns the sum of <paramref name="row"/> and adds it element-wise into <paramref name="acc"/>; clears
    /// <paramref name="nonNegative"/> when a value is negative, infinite or NaN.
    /// </summary>
    public static double SumAndAccumulate(ReadOnlySpan<double> row, Span<double> acc, ref bool nonNegative)
    {
        int k = 0, n = row.Length, w = Vector<double>.Count;
        double sum = 0;
        bool ok = true;
        if (Vector.IsHardwareAccelerated && n >= 2 * w)
        {
            var rv = MemoryMarshal.Cast<double, Vector<double>>(row);
            var av = MemoryMarshal.Cast<double, Vector<double>>(acc);
            Vector<double> s0 = Vector<double>.Zero, s1 = Vector<double>.Zero;
            var min = Vector<double>.One; // -1 once a lane has seen a value outside [0, double.MaxValue] (NaN included)
            int j = 0;
            for (; j + 1 < rv.Length; j += 2)
            {
                s0 += rv[j];
                s1 += rv[j + 1];
                av[j] += rv[j];
                av[j + 1] += rv[j + 1];
                min = Vector.ConditionalSelect(InRange(rv[j]), min, -Vector<double>.One);
                min = Vector.ConditionalSelect(InRange(rv[j + 1]), min, -Vector<double>.One);
            }
            for (; j < rv.Length; j++)
            {
                s0 += rv[j];
                av[j] += rv[j];
                min = Vector.ConditionalSelect(InRange(rv[j]), min, -Vector<double>.One);
            }
            sum = Vector.Sum(s0 + s1);
            ok = Vector.GreaterThanAll(min, Vector<double>.Zero);
            k = rv.Length * w;
        }
        for (; k < n; k++)
        {
            sum += row[k];
            acc[k] += row[k];
            ok &= row[k] >= 0 && row[k] <= double.MaxValue;
        }
        if (!ok) nonNegative = false;
        return sum;
    }

    /// <summary>Lanes holding a finite value &gt;= 0 (NaN compares false).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<long> InRange(Vector<double> v) =>
        Vector.GreaterThanOrEqual(v, Vector<double>.Zero) & Vector.LessThanOrEqual(v, new Vector<double>(double.MaxValue));

    /// <summary>acc += x, element-wise.</summary>
    public static void AddInto(ReadOnlySpan<double> x, Span<double> acc)
    {
        int k = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var xv = MemoryMarshal.Cast<double, Vector<double>>(x);
            var av = MemoryMarshal.Cast<double, Vector<double>>(acc);
            for (int j = 0; j < xv.Length; j++) av[j] += xv[j];
            k = xv.Length * Vector<double>.Count;
        }
        for (; k < x.Length; k++) acc[k] += x[k];
    }

    /// <summary>Whether every value is a finite number &gt;= 0 (NaN and Infinity fail).</summary>
    public static bool AllFiniteNonNegative(ReadOnlySpan<double> x)
    {
        int k = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var xv = MemoryMarshal.Cast<double, Vector<double>>(x);
            for (int j = 0; j < xv.Length; j++)
            {
                if (!Vector.EqualsAll(InRange(xv[j]), Vector<long>.AllBitsSet)) return false;
            }
            k = xv.Length * Vector<double>.Count;
        }
        for (; k < x.Length; k++)
        {
            if (!(x[k] >= 0 && x[k] <= double.MaxValue)) return false;
        }
        return true;
    }

    /// <summary>Whether any value is NaN.</summary>
    public static bool HasNaN(ReadOnlySpan<double> x)
    {
        foreach (var v in x)
        {
            if (double.IsNaN(v)) return true;
        }
        return false;
    }

    /// <summary>
    /// dst[i] = x[i] / total * inverseShare[i]: the location quotients of one row, with the row's share written as a
    /// product by 1 / total when that is finite, else as a division.
    /// </summary>
    public static void Quotients(ReadOnlySpan<double> x, double total, ReadOnlySpan<double> inverseShare, Span<double> dst)
    {
        double f = 1 / total;
        int k = 0;
        if (!double.IsFinite(f))
        {
            for (; k < x.Length; k++) dst[k] = x[k] / total * inverseShare[k];
            return;
        }
        if (Vector.IsHardwareAccelerated)
        {
            var xv = MemoryMarshal.Cast<double, Vector<double>>(x);
            var sv = MemoryMarshal.Cast<double, Vector<double>>(inverseShare);
            var dv = MemoryMarshal.Cast<double, Vector<double>>(dst);
            var fv = new Vector<double>(f);
            for (int j = 0; j < xv.Length; j++) dv[j] = xv[j] * fv * sv[j];
            k = xv.Length * Vector<double>.Count;
        }
        for (; k < x.Length; k++) dst[k] = x[k] * f * inverseShare[k];
    }

    /// <summary>sum_i |x_i / total - s_i|.</summary>
    public static double SumAbsDifference(ReadOnlySpan<double> x, double total, ReadOnlySpan<double> s)
    {
        double f = 1 / total, sum = 0;
        int k = 0;
        if (!double.IsFinite(f))
        {
            for (; k < x.Length; k++) sum += Math.Abs(x[k] / total - s[k]);
            return sum;
        }
        if (Vector.IsHardwareAccelerated)
        {
            var xv = MemoryMarshal.Cast<double, Vector<double>>(x);
            var sv = MemoryMarshal.Cast<double, Vector<double>>(s);
            var fv = new Vector<double>(f);
            Vector<double> a0 = Vector<double>.Zero, a1 = Vector<double>.Zero;
            int j = 0;
            for (; j + 1 < xv.Length; j += 2)
            {
                a0 += Vector.Abs(xv[j] * fv - sv[j]);
                a1 += Vector.Abs(xv[j + 1] * fv - sv[j + 1]);
            }
            for (; j < xv.Length; j++) a0 += Vector.Abs(xv[j] * fv - sv[j]);
            sum = Vector.Sum(a0 + a1);
            k = xv.Length * Vector<double>.Count;
        }
        for (; k < x.Length; k++) sum += Math.Abs(x[k] * f - s[k]);
        return sum;
    }

    /// <summary>sum_i (x_i / total)^2: each share is formed before squaring, so large values cannot overflow.</summary>
    public static double SumOfSquaredShares(ReadOnlySpan<double> x, double total)
    {
        double f = 1 / total, sum = 0;
        int k = 0;
        if (!double.IsFinite(f))
        {
            for (; k < x.Length; k++) sum += Square(x[k] / total);
            return sum;
        }
        if (Vector.IsHardwareAccelerated)
        {
            var xv = MemoryMarshal.Cast<double, Vector<double>>(x);
            var fv = new Vector<double>(f);
            Vector<double> a0 = Vector<double>.Zero, a1 = Vector<double>.Zero;
            int j = 0;
            for (; j + 1 < xv.Length; j += 2)
            {
                var s0 = xv[j] * fv;
                var s1 = xv[j + 1] * fv;
                a0 += s0 * s0;
                a1 += s1 * s1;
            }
            for (; j < xv.Length; j++)
            {
                var s0 = xv[j] * fv;
                a0 += s0 * s0;
            }
            sum = Vector.Sum(a0 + a1);
            k = xv.Length * Vector<double>.Count;
        }
        for (; k < x.Length; k++) sum += Square(x[k] * f);
        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Square(double v) => v * v;
}
