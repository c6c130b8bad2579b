using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ClusterStats.Internal;

namespace ClusterStats.Indices;

/// <summary>
/// Economic complexity on a binary region x product matrix M. Rows with diversity 0 and columns with ubiquity 0 are
/// left out. The ECI eigenvector is computed on the symmetric form of the product-space (or region-space, whichever is
/// smaller) matrix, S = A'A with A = D_c^(-1/2) M D_p^(-1/2), which has the same eigenvalues as M_pp = D_p^-1 M' D_c^-1 M
/// and M_cc. Its top eigenvector (eigenvalue 1) is known in closed form (sqrt of the degrees), so it is deflated, and
/// the second eigenpair is found by Lanczos iteration with full reorthogonalisation (a Krylov refinement of power
/// iteration with deflation): each step costs one product with M and one with M' (O(non-zeros)), no dense n x n
/// matrix is formed, and it stops when the Ritz residual falls below 1e-10 or the Krylov space is exhausted.
/// </summary>
internal sealed class ComplexityMath
{
    private readonly int[][] _regionProducts; // products of each included region (local product indices), ascending
    private int[][]? _productRegions; // regions of each included product, built when first needed

    /// <summary>The network from each region's present products (<paramref name="rows"/>[r] ascending indices into
    /// <paramref name="products"/>, as <see cref="PresentIndices"/> writes them); the arrays are taken over, not copied.</summary>
    public ComplexityMath(int[][] rows, IReadOnlyList<string> regions, IReadOnlyList<string> products)
    {
        AllRegions = regions;
        AllProducts = products;
        int R = regions.Count, P = products.Count;
        var diversity = new double[R];
        var counts = new int[P];
        for (int r = 0; r < R; r++)
        {
            diversity[r] = rows[r].Length;
            foreach (var p in rows[r]) counts[p]++;
        }
        var ubiquity = new double[P];
        for (int p = 0; p < P; p++) ubiquity[p] = counts[p];
        Diversity = diversity;
        Ubiquity = ubiquity;
        RegionIds = Enumerable.Range(0, R).Where(r => rows[r].Length > 0).ToArray();
        ProductIds = Enumerable.Range(0, P).Where(p => counts[p] > 0).ToArray();
        _regionProducts = new int[RegionIds.Length][];
        for (int c = 0; c < RegionIds.Length; c++) _regionProducts[c] = rows[RegionIds[c]];
        if (ProductIds.Length < P)
        {
            // Local product indices: the products left out are absent from every row, so only the numbering changes.
            var productLocal = new int[P];
            for (int k = 0; k < ProductIds.Length; k++) productLocal[ProductIds[k]] = k;
            foreach (var row in _regionProducts)
            {
                for (int j = 0; j < row.Length; j++) row[j] = productLocal[row[j]];
            }
        }
        _invSqrtDiversity = RegionIds.Select(r => 1 / Math.Sqrt(diversity[r])).ToArray();
        _invSqrtUbiquity = ProductIds.Select(p => 1 / Math.Sqrt(ubiquity[p])).ToArray();
        _invDiversity = RegionIds.Select(r => 1 / diversity[r]).ToArray();
        _invUbiquity = ProductIds.Select(p => 1 / ubiquity[p]).ToArray();
        _scratchP = new double[ProductIds.Length];
        foreach (var row in _regionProducts) _nonZeros += row.Length;
    }

    /// <summary>
    /// Writes the indices k (ascending) of the values with <c>value &gt;= threshold</c> and <c>value &gt; 0</c> (the
    /// binary M's rule; NaN is absent) into <paramref name="indices"/> (as long as <paramref name="values"/>) and returns how many there are. Branch-free:
    /// presence in real data follows no pattern a branch predictor could learn.
    /// </summary>
    public static int PresentIndices(ReadOnlySpan<double> values, double threshold, Span<int> indices)
    {
        int n = 0, k = 0;
        if (Vector256.IsHardwareAccelerated && values.Length >= Vector256<double>.Count)
        {
            var t = Vector256.Create(threshold);
            for (; k <= values.Length - Vector256<double>.Count; k += Vector256<double>.Count)
            {
                var v = Vector256.Create(values.Slice(k, Vector256<double>.Count));
                var mask = (Vector256.GreaterThanOrEqual(v, t) & Vector256.GreaterThan(v, Vector256<double>.Zero)).ExtractMostSignificantBits();
                // write all four candidates, advance past the present ones
                indices[n] = k;
                n += (int)(mask & 1);
                indices[n] = k + 1;
                n += (int)((mask >> 1) & 1);
                indices[n] = k + 2;
                n += (int)((mask >> 2) & 1);
                indices[n] = k + 3; // n <= k + 3 < values.Length <= indices.Length
                n += (int)((mask >> 3) & 1);
            }
        }
        for (; k < values.Length; k++)
        {
            if (values[k] >= threshold && values[k] > 0) indices[n++] = k;
        }
        return n;
    }

    private readonly double[] _invSqrtDiversity;
    private readonly double[] _invSqrtUbiquity;
    private readonly double[] _invDiversity;
    private readonly double[] _invUbiquity;
    private readonly double[] _scratchP;
    private readonly long _nonZeros;

    /// <summary>The regions of each included product (local indices, ascending), the transpose of the rows.</summary>
    private int[][] ProductRegions
    {
        get
        {
            if (_productRegions is not null) return _productRegions;
            var lists = new int[Pn][];
            var counts = new int[Pn];
            foreach (var row in _regionProducts)
            {
                foreach (var p in row) counts[p]++;
            }
            for (int p = 0; p < Pn; p++) lists[p] = new int[counts[p]];
            Array.Clear(counts);
            for (int c = 0; c < C; c++)
            {
                foreach (var p in _regionProducts[c]) lists[p][counts[p]++] = c;
            }
            return _productRegions = lists;
        }
    }

    public IReadOnlyList<string> AllRegions { get; }
    public IReadOnlyList<string> AllProducts { get; }
    public double[] Diversity { get; }
    public double[] Ubiquity { get; }
    public int[] RegionIds { get; }
    public int[] ProductIds { get; }
    private int C => RegionIds.Length;
    private int Pn => ProductIds.Length;

    /// <summary>Throws <see cref="DisconnectedNetworkException"/> unless the included regions and products form one component.</summary>
    public void RequireConnected()
    {
        if (C == 0) ThrowHelper.ComplexityEmpty();
        // Union-find over the products: a region joins its products into one set, so the sets are the components.
        var parent = new int[Pn];
        for (int p = 0; p < Pn; p++) parent[p] = p;
        int Find(int p)
        {
            while (parent[p] != p) p = parent[p] = parent[parent[p]];
            return p;
        }
        foreach (var row in _regionProducts)
        {
            int root = Find(row[0]);
            for (int j = 1; j < row.Length; j++)
            {
                int other = Find(row[j]);
                if (other != root) parent[other] = root;
            }
        }
        // Components numbered in the order of their first region, as a search from each unvisited region would.
        var label = new int[Pn];
        Array.Fill(label, -1);
        var regionComp = new int[C];
        int components = 0;
        for (int c = 0; c < C; c++)
        {
            int root = Find(_regionProducts[c][0]);
            if (label[root] < 0) label[root] = components++;
            regionComp[c] = label[root];
        }
        var productComp = new int[Pn];
        for (int p = 0; p < Pn; p++) productComp[p] = label[Find(p)];
        if (components == 1) return;
        var members = Enumerable.Range(0, components).Select(k =>
            (IReadOnlyList<string>)Enumerable.Range(0, C).Where(c => regionComp[c] == k).Select(c => AllRegions[RegionIds[c]])
                .Concat(Enumerable.Range(0, Pn).Where(p => productComp[p] == k).Select(p => AllProducts[ProductIds[p]])).ToArray()).ToArray();
        ThrowHelper.Disconnected(members);
    }

    /// <summary>Regions per block of the Lanczos products: fixed, so the sums are the same on any number of cores.</summary>
    private const int BlockRegions = 256;

    /// <summary>Non-zeros from which the blocks run in parallel.</summary>
    private const int ParallelNonZeros = 1 << 18;

    private double[][]? _blockSums;

    /// <summary>
    /// Runs <paramref name="body"/>(from, to, sums) over fixed blocks of regions, in parallel on large networks, each
    /// block scattering into its own cleared product vector, and returns those vectors in block order for the caller
    /// to add up in that order.
    /// </summary>
    private double[][] ForEachRegionBlock(Action<int, int, double[]> body)
    {
        int blocks = (C + BlockRegions - 1) / BlockRegions;
        if (_blockSums is null)
        {
            _blockSums = new double[blocks][];
            for (int k = 0; k < blocks; k++) _blockSums[k] = new double[Pn];
        }
        var sums = _blockSums;
        void Run(int k)
        {
            Array.Clear(sums[k]);
            body(k * BlockRegions, Math.Min(C, (k + 1) * BlockRegions), sums[k]);
        }
        if (blocks > 1 && _nonZeros >= ParallelNonZeros) Parallel.For(0, blocks, Run);
        else for (int k = 0; k < blocks; k++) Run(k);
        return sums;
    }

    /// <summary>y = A'A x on the product side, in one pass over the rows: t_c = (1/d_c) sum_p M_cp x_p / sqrt(u_p) is
    /// gathered from a region's products and at once scattered back to them, y_p = (1/sqrt(u_p)) sum_c M_cp t_c.</summary>
    private void ProductOperator(double[] x, double[] y)
    {
        var scaled = _scratchP;
        for (int p = 0; p < Pn; p++) scaled[p] = x[p] * _invSqrtUbiquity[p];
        var sums = ForEachRegionBlock((from, to, sum) =>
        {
            for (int c = from; c < to; c++)
            {
                var row = _regionProducts[c];
                Scatter(row, Gather(row, scaled) * _invDiversity[c], sum);
            }
        });
        AddInOrder(sums, y);
        for (int p = 0; p < Pn; p++) y[p] *= _invSqrtUbiquity[p];
    }

    /// <summary>y = A A' x on the region side: the products' sums scattered from the regions, then gathered back.</summary>
    private void RegionOperator(double[] x, double[] y)
    {
        var sums = _scratchP;
        AddInOrder(ForEachRegionBlock((from, to, sum) =>
        {
            for (int c = from; c < to; c++) Scatter(_regionProducts[c], x[c] * _invSqrtDiversity[c], sum);
        }), sums);
        for (int p = 0; p < Pn; p++) sums[p] *= _invUbiquity[p];
        for (int c = 0; c < C; c++) y[c] = Gather(_regionProducts[c], sums) * _invSqrtDiversity[c];
    }

    /// <summary>y = the element-wise sum of the block vectors, added in block order.</summary>
    private static void AddInOrder(double[][] blocks, double[] y)
    {
        blocks[0].CopyTo(y, 0);
        for (int k = 1; k < blocks.Length; k++)
        {
            var block = blocks[k];
            for (int p = 0; p < y.Length; p++) y[p] += block[p];
        }
    }

    /// <summary>y = A' x (region vector to product vector).</summary>
    private void MulAt(double[] x, double[] y)
    {
        Array.Clear(y);
        for (int c = 0; c < C; c++) Scatter(_regionProducts[c], x[c] * _invSqrtDiversity[c], y);
        for (int p = 0; p < Pn; p++) y[p] *= _invSqrtUbiquity[p];
    }

    /// <summary>sum_j x[indices[j]], with four partial sums so that the loads overlap.</summary>
    private static double Gather(int[] indices, double[] x)
    {
        // Every index is below x.Length: the constructor counted each through a bounds-checked array and numbered the
        // included products 0 .. Pn - 1, the length of every product vector gathered from.
        ref double x0 = ref MemoryMarshal.GetArrayDataReference(x);
        ref int i0 = ref MemoryMarshal.GetArrayDataReference(indices);
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int j = 0, n = indices.Length;
        for (; j <= n - 4; j += 4)
        {
            s0 += Unsafe.Add(ref x0, Unsafe.Add(ref i0, j));
            s1 += Unsafe.Add(ref x0, Unsafe.Add(ref i0, j + 1));
            s2 += Unsafe.Add(ref x0, Unsafe.Add(ref i0, j + 2));
            s3 += Unsafe.Add(ref x0, Unsafe.Add(ref i0, j + 3));
        }
        for (; j < n; j++) s0 += Unsafe.Add(ref x0, Unsafe.Add(ref i0, j));
        return (s0 + s1) + (s2 + s3);
    }

    /// <summary>y[indices[j]] += value for every j (the indices of a row are distinct).</summary>
    private static void Scatter(int[] indices, double value, double[] y)
    {
        ref double y0 = ref MemoryMarshal.GetArrayDataReference(y);
        ref int i0 = ref MemoryMarshal.GetArrayDataReference(indices);
        int j = 0, n = indices.Length;
        for (; j <= n - 4; j += 4)
        {
            Unsafe.Add(ref y0, Unsafe.Add(ref i0, j)) += value;
            Unsafe.Add(ref y0, Unsafe.Add(ref i0, j + 1)) += value;
            Unsafe.Add(ref y0, Unsafe.Add(ref i0, j + 2)) += value;
            Unsafe.Add(ref y0, Unsafe.Add(ref i0, j + 3)) += value;
        }
        for (; j < n; j++) Unsafe.Add(ref y0, Unsafe.Add(ref i0, j)) += value;
    }

    /// <summary>
    /// The eigenvector ECI and PCI with Growth Lab's scales: kp the unit-length eigenvector of M_pp for the second
    /// eigenvalue, kc = D_c^-1 M kp (an eigenvector of M_cc), both signed so that kc correlates positively with
    /// diversity; and the second and third eigenvalues.
    /// </summary>
    public (double[] Kc, double[] Kp, double Lambda2, double Lambda3) Eigenvectors()
    {
        bool productSide = Pn <= C;
        int n = productSide ? Pn : C;
        if (n < 2) ThrowHelper.ComplexityTooSmall(C, Pn);
        Action<double[], double[]> op = productSide ? ProductOperator : RegionOperator;
        var top = new double[n];
        for (int k = 0; k < n; k++) top[k] = Math.Sqrt(productSide ? Ubiquity[ProductIds[k]] : Diversity[RegionIds[k]]);
        Normalise(top);
        var (u, lambda2, lambda3) = Lanczos.SecondEigenpair(op, top, n);
        var up = new double[Pn];
        if (productSide) Array.Copy(u, up, Pn);
        else MulAt(u, up);
        // Growth Lab's scales: kp is the unit-length eigenvector of M_pp, kc = D_c^-1 M kp (not rescaled).
        var kp = new double[Pn];
        for (int p = 0; p < Pn; p++) kp[p] = up[p] / Math.Sqrt(Ubiquity[ProductIds[p]]);
        Normalise(kp);
        var kc = new double[C];
        for (int c = 0; c < C; c++)
        {
            double sum = 0;
            foreach (var p in _regionProducts[c]) sum += kp[p];
            kc[c] = sum / Diversity[RegionIds[c]];
        }
        if (Correlation(kc, RegionIds.Select(r => Diversity[r]).ToArray()) < 0)
        {
            for (int c = 0; c < C; c++) kc[c] = -kc[c];
            for (int p = 0; p < Pn; p++) kp[p] = -kp[p];
        }
        return (kc, kp, lambda2, lambda3);
    }

    /// <summary>
    /// Method of reflections: k_c,N over the included regions, as a z-score. Every reflection averages, so a constant
    /// added to k or a positive factor passes through unchanged and the z-score of k_c,N is the same whether or not
    /// the vectors are standardised on the way; standardising each step keeps the signal at unit scale, where without
    /// it the differences between regions shrink geometrically and drown in rounding after some 40 steps.
    /// </summary>
    public double[] Reflections(int iterations)
    {
        var kc0 = RegionIds.Select(r => Diversity[r]).ToArray();
        var kp0 = ProductIds.Select(p => Ubiquity[p]).ToArray();
        var kc = kc0.ToArray();
        var kp = kp0.ToArray();
        StandardiseReflection(kc, Math.Abs(kc.Average()));
        StandardiseReflection(kp, Math.Abs(kp.Average()));
        var nextC = new double[C];
        var nextP = new double[Pn];
        for (int n = 1; n <= iterations; n++)
        {
            for (int c = 0; c < C; c++)
            {
                double s = 0;
                foreach (var p in _regionProducts[c]) s += kp[p];
                nextC[c] = s / kc0[c];
            }
            for (int p = 0; p < Pn; p++)
            {
                double s = 0;
                foreach (var c in ProductRegions[p]) s += kc[c];
                nextP[p] = s / kp0[p];
            }
            (kc, nextC) = (nextC, kc);
            (kp, nextP) = (nextP, kp);
            StandardiseReflection(kc, 1);
            StandardiseReflection(kp, 1);
        }
        if (Array.TrueForAll(kc, v => v == 0))
        {
            ThrowHelper.UndefinedIndex("Method of reflections", $"k_c,{iterations} is constant across regions, so its z-score is undefined (the network gives every region the same rank after {iterations} reflections).");
        }
        return kc;
    }

    /// <summary>
    /// Standardises a reflection in place. A spread below 1e-12 of <paramref name="scale"/> (the input's spread: 1 after
    /// a standardised step; the mean degree at step 0) is a vector that is constant up to rounding: it becomes exactly
    /// zero, carrying no ranking, instead of rounding noise blown up into a plausible-looking one. Only the chain that
    /// leads to k_c,N matters (even N from the diversities, odd N from the ubiquities), so a constant is not yet an error.
    /// </summary>
    private static void StandardiseReflection(double[] k, double scale)
    {
        var (mean, sd) = MeanSd(k);
        if (!(sd > 1e-12 * scale))
        {
            Array.Clear(k);
            return;
        }
        for (int j = 0; j < k.Length; j++) k[j] = (k[j] - mean) / sd;
    }

    /// <summary>Average of a region vector over each product's regions (k_p from k_c).</summary>
    public double[] ProductAverage(double[] regionValues)
    {
        var result = new double[Pn];
        for (int p = 0; p < Pn; p++)
        {
            double s = 0;
            foreach (var c in ProductRegions[p]) s += regionValues[c];
            result[p] = s / ProductRegions[p].Length;
        }
        return result;
    }

    public static void Normalise(double[] v)
    {
        double norm = Math.Sqrt(v.Sum(x => x * x));
        for (int k = 0; k < v.Length; k++) v[k] /= norm;
    }

    public static double Correlation(double[] a, double[] b)
    {
        double ma = a.Average(), mb = b.Average(), sab = 0, saa = 0, sbb = 0;
        for (int k = 0; k < a.Length; k++)
        {
            sab += (a[k] - ma) * (b[k] - mb);
            saa += (a[k] - ma) * (a[k] - ma);
            sbb += (b[k] - mb) * (b[k] - mb);
        }
        return saa == 0 || sbb == 0 ? 0 : sab / Math.Sqrt(saa * sbb);
    }

    /// <summary>(v - mean) / sd with a given mean and population sd.</summary>
    public static double[] Standardise(double[] v, double mean, double sd) => v.Select(x => (x - mean) / sd).ToArray();

    public static (double Mean, double Sd) MeanSd(double[] v)
    {
        var mean = v.Average();
        var sd = Math.Sqrt(v.Sum(x => (x - mean) * (x - mean)) / v.Length);
        return (mean, sd);
    }
}

/// <summary>
/// Lanczos iteration with full reorthogonalisation for the largest eigenpair of a symmetric positive semi-definite
/// operator restricted to the complement of a known unit eigenvector (deflation).
/// </summary>
internal static class Lanczos
{
    private const double Tolerance = 1e-10;

    public static (double[] Vector, double Lambda, double Next) SecondEigenpair(Action<double[], double[]> op, double[] deflate, int n)
    {
        var basis = new List<double[]>();
        var alpha = new List<double>();
        var beta = new List<double>();
        var rng = new Random(20260101); // fixed seed: results are reproducible run to run
        var q = new double[n];
        for (int k = 0; k < n; k++) q[k] = rng.NextDouble() - 0.5;
        Orthogonalise(q, deflate, basis);
        ComplexityMath.Normalise(q);
        var w = new double[n];
        double lambda = double.NaN, next = double.NaN;
        double[] y = [];
        int maxSteps = n - 1; // dimension of the deflated space
        for (int j = 0; j < maxSteps; j++)
        {
            basis.Add(q);
            op(q, w);
            alpha.Add(Dot(w, q));
            Orthogonalise(w, deflate, basis);
            var b = Math.Sqrt(Dot(w, w));
            beta.Add(b);
            var m = alpha.Count;
            lambda = Tridiagonal.LargestEigenvalue(alpha, beta, m, 1);
            next = m >= 2 ? Tridiagonal.LargestEigenvalue(alpha, beta, m, 2) : double.NaN;
            y = Tridiagonal.Eigenvector(alpha, beta, m, lambda);
            if (b * Math.Abs(y[m - 1]) <= Tolerance * Math.Max(1, Math.Abs(lambda)) || b <= 1e-14 || j == maxSteps - 1) break;
            q = new double[n];
            for (int k = 0; k < n; k++) q[k] = w[k] / b;
        }
        var v = new double[n];
        for (int j = 0; j < y.Length; j++)
        {
            var qj = basis[j];
            for (int k = 0; k < n; k++) v[k] += y[j] * qj[k];
        }
        ComplexityMath.Normalise(v);
        return (v, lambda, next);
    }

    private static void Orthogonalise(double[] w, double[] deflate, List<double[]> basis)
    {
        for (int pass = 0; pass < 2; pass++)
        {
            Subtract(w, deflate);
            foreach (var q in basis) Subtract(w, q);
        }
    }

    private static void Subtract(double[] w, double[] q)
    {
        var d = Dot(w, q);
        for (int k = 0; k < w.Length; k++) w[k] -= d * q[k];
    }

    private static double Dot(double[] a, double[] b)
    {
        double s = 0;
        for (int k = 0; k < a.Length; k++) s += a[k] * b[k];
        return s;
    }
}

/// <summary>Eigenvalues (bisection on Sturm counts) and eigenvectors (inverse iteration) of a symmetric tridiagonal matrix.</summary>
internal static class Tridiagonal
{
    /// <summary>The k-th largest eigenvalue (k = 1 the largest) of the m x m matrix with diagonal a and off-diagonal b[0..m-2].</summary>
    public static double LargestEigenvalue(List<double> a, List<double> b, int m, int k)
    {
        double lo = double.MaxValue, hi = double.MinValue;
        for (int i = 0; i < m; i++)
        {
            double r = (i > 0 ? Math.Abs(b[i - 1]) : 0) + (i < m - 1 ? Math.Abs(b[i]) : 0);
            lo = Math.Min(lo, a[i] - r);
            hi = Math.Max(hi, a[i] + r);
        }
        // the k-th largest is the (m - k + 1)-th smallest: find x with count(< x) = m - k
        for (int it = 0; it < 200 && hi - lo > 1e-16 * Math.Max(1, Math.Abs(hi)); it++)
        {
            var mid = (lo + hi) / 2;
            if (mid <= lo || mid >= hi) break;
            if (CountBelow(a, b, m, mid) >= m - k + 1) hi = mid;
            else lo = mid;
        }
        return (lo + hi) / 2;
    }

    private static int CountBelow(List<double> a, List<double> b, int m, double x)
    {
        int count = 0;
        double d = 1;
        for (int i = 0; i < m; i++)
        {
            var off = i > 0 ? b[i - 1] * b[i - 1] : 0;
            d = a[i] - x - (i > 0 ? off / d : 0);
            if (d == 0) d = -1e-300;
            if (d < 0) count++;
        }
        return count;
    }

    /// <summary>The unit eigenvector for eigenvalue lambda, by inverse iteration with the tridiagonal (Thomas) solver.</summary>
    public static double[] Eigenvector(List<double> a, List<double> b, int m, double lambda)
    {
        var scale = Math.Max(1, Math.Abs(lambda));
        var shift = lambda + 1e-13 * scale;
        var y = new double[m];
        Array.Fill(y, 1.0 / Math.Sqrt(m));
        var c = new double[m];
        var d = new double[m];
        for (int iter = 0; iter < 4; iter++)
        {
            // forward sweep
            double diag = a[0] - shift;
            if (diag == 0) diag = 1e-300;
            c[0] = m > 1 ? b[0] / diag : 0;
            d[0] = y[0] / diag;
            for (int i = 1; i < m; i++)
            {
                diag = a[i] - shift - b[i - 1] * c[i - 1];
                if (diag == 0) diag = 1e-300;
                c[i] = i < m - 1 ? b[i] / diag : 0;
                d[i] = (y[i] - b[i - 1] * d[i - 1]) / diag;
            }
            y[m - 1] = d[m - 1];
            for (int i = m - 2; i >= 0; i--) y[i] = d[i] - c[i] * y[i + 1];
            double norm = Math.Sqrt(y.Sum(v => v * v));
            for (int i = 0; i < m; i++) y[i] /= norm;
        }
        return y;
    }
}
