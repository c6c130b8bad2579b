using ClusterStats.Internal;

namespace ClusterStats.Indices;

/// <summary>
/// The regional-economics indices of ClusterStats, in one place. Matrix indices are extension methods on
/// <see cref="RegionIndustryMatrix"/> (regions in rows, industries in columns, non-negative values); distribution
/// indices take a list of non-negative values. Every convention the reference packages (EconGeo 2.1, REAT 3.0.3,
/// Growth Lab ecomplexity) apply silently is a parameter with a documented default: missing cells
/// (<see cref="MissingCellPolicy.Error"/>), 0/0 shares (<see cref="ZeroTotalPolicy.NaN"/>, REAT; EconGeo uses Zero),
/// the reference universe (the matrix itself unless <see cref="ReferenceTotals"/> are given), sample or population
/// deviation, thresholds, sign rules and the density convention. Nothing is rounded. Negative values are an error
/// everywhere, since none of these indices is defined for them.
/// </summary>
public static class RegionalIndices
{
    /// <summary>
    /// Location quotients LQ_ri = (X_ri / X_r.) / S_i, with S_i the industry's share of the reference (the matrix's
    /// column total over its grand total, or <paramref name="reference"/>). 0/0 (an empty region, or an industry with
    /// a zero reference total) follows <paramref name="zeroTotals"/>. Worked example: INDICES.md 1 and 3.
    /// </summary>
    /// <exception cref="ClusterStatsException">A missing cell under <see cref="MissingCellPolicy.Error"/>, a negative value, 0/0 under <see cref="ZeroTotalPolicy.Error"/>, or a region value above its reference total.</exception>
    public static RegionIndustryValues LocationQuotient(this RegionIndustryMatrix matrix, ReferenceTotals? reference = null,
        ZeroTotalPolicy zeroTotals = ZeroTotalPolicy.NaN, MissingCellPolicy missing = MissingCellPolicy.Error)
    {
        var s = Shares(matrix, "lq", missing, zeroTotals, reference);
        return new RegionIndustryValues("lq", matrix.Regions, matrix.Industries, s.LocationQuotients());
    }

    /// <summary>
    /// Binary specialisation M_ri = 1 where LQ_ri &gt;= <paramref name="threshold"/> (default 1), else 0; NaN where the LQ
    /// is NaN (0/0 under <see cref="ZeroTotalPolicy.NaN"/>).
    /// </summary>
    /// <exception cref="ClusterStatsException">As for <see cref="LocationQuotient"/>, or a threshold that is not finite.</exception>
    public static RegionIndustryValues Specialisation(this RegionIndustryMatrix matrix, double threshold = 1, ReferenceTotals? reference = null,
        ZeroTotalPolicy zeroTotals = ZeroTotalPolicy.NaN, MissingCellPolicy missing = MissingCellPolicy.Error)
    {
        CheckThreshold(threshold);
        var lq = Shares(matrix, "specialisation", missing, zeroTotals, reference).LocationQuotients();
        return new RegionIndustryValues("specialisation", matrix.Regions, matrix.Industries, lq.Select(v => double.IsNaN(v) ? double.NaN : v >= threshold ? 1.0 : 0.0).ToArray());
    }

    /// <summary>
    /// Krugman specialisation index per region, K_r = sum_i |s_ri - S_i| (0 .. 2), against the matrix or the
    /// <paramref name="reference"/>. An empty region follows <paramref name="zeroTotals"/>. Worked example: INDICES.md 3.
    /// </summary>
    /// <exception cref="ClusterStatsException">A missing cell under <see cref="MissingCellPolicy.Error"/>, a negative value, or an empty region under <see cref="ZeroTotalPolicy.Error"/>.</exception>
    public static IndexValues Krugman(this RegionIndustryMatrix matrix, ReferenceTotals? reference = null,
        ZeroTotalPolicy zeroTotals = ZeroTotalPolicy.NaN, MissingCellPolicy missing = MissingCellPolicy.Error)
    {
        var s = Shares(matrix, "krugman", missing, zeroTotals, reference);
        return new IndexValues("krugman", "region", matrix.Regions, s.PerRegion(s.Krugman));
    }

    /// <summary>The specialisation coefficient per region: half the Krugman index (0 .. 1).</summary>
    /// <exception cref="ClusterStatsException">As for <see cref="Krugman"/>.</exception>
    public static IndexValues SpecialisationCoefficient(this RegionIndustryMatrix matrix, ReferenceTotals? reference = null,
        ZeroTotalPolicy zeroTotals = ZeroTotalPolicy.NaN, MissingCellPolicy missing = MissingCellPolicy.Error)
    {
        var s = Shares(matrix, "specialisation coefficient", missing, zeroTotals, reference);
        return new IndexValues("specialisation_coefficient", "region", matrix.Regions, s.PerRegion(r => s.Krugman(r) / 2));
    }

    /// <summary>
    /// Herfindahl index of each region's industry mix (n = the number of industries of the matrix, zeros included).
    /// Worked example: INDICES.md 3.
    /// </summary>
    /// <exception cref="ClusterStatsException">A missing cell under <see cref="MissingCellPolicy.Error"/>, a negative value, or an empty region under <see cref="ZeroTotalPolicy.Error"/>.</exception>
    public static IndexValues Herfindahl(this RegionIndustryMatrix matrix, HerfindahlVariant variant = HerfindahlVariant.Plain,
        ZeroTotalPolicy zeroTotals = ZeroTotalPolicy.NaN, MissingCellPolicy missing = MissingCellPolicy.Error)
    {
        var s = Shares(matrix, "hhi", missing, zeroTotals, null);
        return new IndexValues("hhi", "region", matrix.Regions, s.PerRegion(r =>
        {
            var h = Distribution.HerfindahlOf(s.HerfindahlSum(r), s.I);
            return variant switch { HerfindahlVariant.Normalised => h.Normalised, HerfindahlVariant.EquivalentNumber => h.EquivalentNumber, _ => h.Value };
        }));
    }

    /// <summary>
    /// Shannon entropy of each region's industry mix, -sum s log s with 0 log 0 = 0, in base <paramref name="logBase"/>
    /// (default 2, bits, as EconGeo). Worked example: INDICES.md 3.
    /// </summary>
    /// <exception cref="ClusterStatsException">As for <see cref="Herfindahl(RegionIndustryMatrix, HerfindahlVariant, ZeroTotalPolicy, MissingCellPolicy)"/>, or an invalid base.</exception>
    public static IndexValues Entropy(this RegionIndustryMatrix matrix, double logBase = 2,
        ZeroTotalPolicy zeroTotals = ZeroTotalPolicy.NaN, MissingCellPolicy missing = MissingCellPolicy.Error)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        Distribution.CheckLogBase(logBase);
        var s = Shares(matrix, "entropy", missing, zeroTotals, null);
        return new IndexValues("entropy", "region", matrix.Regions, s.PerRegion(r => Distribution.EntropyOfChecked(s.RegionRow(r), logBase)));
    }

    /// <summary>
    /// Hachman index per region, 1 / sum_i s_ri LQ_ri (0 .. 1, 1 = the region mirrors the reference). Industries
    /// absent from both the region and the reference add nothing. Worked example: INDICES.md 3.
    /// </summary>
    /// <exception cref="ClusterStatsException">As for <see cref="Krugman"/>.</exception>
    public static IndexValues Hachman(this RegionIndustryMatrix matrix, ReferenceTotals? reference = null,
        ZeroTotalPolicy zeroTotals = ZeroTotalPolicy.NaN, MissingCellPolicy missing = MissingCellPolicy.Error)
    {
        var s = Shares(matrix, "hachman", missing, zeroTotals, reference);
        return new IndexValues("hachman", "region", matrix.Regions, s.PerRegion(s.Hachman));
    }

    /// <summary>
    /// Locational Gini per industry (Krugman 1991, EconGeo's <c>locational.Gini</c>): regions sorted by x_ri / X_r.,
    /// cumulative industry share against cumulative share of all activity, and EconGeo's halved area, so 0 .. 0.5
    /// (0 = spread like all activity). Regions with a zero total are left out; an industry with a zero total follows
    /// <paramref name="zeroTotals"/>.
    /// </summary>
    /// <exception cref="ClusterStatsException">A missing cell under <see cref="MissingCellPolicy.Error"/>, a negative value, or an empty industry under <see cref="ZeroTotalPolicy.Error"/>.</exception>
    public static IndexValues LocationalGini(this RegionIndustryMatrix matrix,
        ZeroTotalPolicy zeroTotals = ZeroTotalPolicy.NaN, MissingCellPolicy missing = MissingCellPolicy.Error)
    {
        var s = Shares(matrix, "locational-gini", missing, zeroTotals, null);
        return new IndexValues("locational_gini", "industry", matrix.Industries, Enumerable.Range(0, s.I).Select(s.LocationalGini).ToArray());
    }

    /// <summary>Herfindahl of a distribution of non-negative values (converted to shares). Worked example: INDICES.md 2.</summary>
    /// <exception cref="ClusterStatsException">No values, a negative or non-finite value, or all zeros.</exception>
    public static HerfindahlResult Herfindahl(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Distribution.Herfindahl(values);
    }

    /// <summary>Shannon entropy of a distribution of non-negative values, base <paramref name="logBase"/> (default 2); 0 log 0 = 0.</summary>
    /// <exception cref="ClusterStatsException">No values, a negative or non-finite value, all zeros, or an invalid base.</exception>
    public static double Entropy(IReadOnlyList<double> values, double logBase = 2)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Distribution.Entropy(values, logBase);
    }

    /// <summary>
    /// Gini coefficient with its Lorenz curve; with <paramref name="classSizes"/>, each value is the mean of a class of
    /// that size (grouped data). Worked example: INDICES.md 2 and 3.
    /// </summary>
    /// <exception cref="ClusterStatsException">No values, a negative or non-finite value or size, a zero total, or mismatched lengths.</exception>
    public static GiniResult Gini(IReadOnlyList<double> values, IReadOnlyList<double>? classSizes = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Distribution.Gini(values, classSizes);
    }

    /// <summary>
    /// Hoover index 1/2 sum_r |x_r/X - p_r/P| (0 .. 1): the share that would have to move to match the reference
    /// distribution <paramref name="reference"/> (for example population), uniform when none is given.
    /// </summary>
    /// <exception cref="ClusterStatsException">No values, a negative or non-finite value, a zero total, or mismatched lengths.</exception>
    public static double Hoover(IReadOnlyList<double> values, IReadOnlyList<double>? reference = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Distribution.Hoover(values, reference);
    }

    /// <summary>Theil T index mean((x/mu) ln(x/mu)), natural log, 0 ln 0 = 0 (0 .. ln n).</summary>
    /// <exception cref="ClusterStatsException">No values, a negative or non-finite value, or all zeros.</exception>
    public static double TheilT(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Distribution.TheilT(values);
    }

    /// <summary>Theil L index, the mean log deviation mean(ln(mu/x)) (REAT's <c>theil</c>); undefined for a zero value.</summary>
    /// <exception cref="ClusterStatsException">No values, a negative, zero or non-finite value.</exception>
    public static double TheilL(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Distribution.TheilL(values);
    }

    /// <summary>Coefficient of variation sd/|mean|, with a sample (default, n - 1) or population (n) standard deviation.</summary>
    /// <exception cref="ClusterStatsException">Too few values, a non-finite value, or a zero mean.</exception>
    public static double CoefficientOfVariation(IReadOnlyList<double> values, DeviationKind kind = DeviationKind.Sample)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Distribution.CoefficientOfVariation(values, kind);
    }

    /// <summary>
    /// Atkinson index 1 - [mean((x/mu)^(1-e))]^(1/(1-e)); e = 1: 1 - geometric mean / mean, which is 1 when a value is
    /// zero. Undefined for e &gt; 1 with a zero value.
    /// </summary>
    /// <exception cref="ClusterStatsException">No values, a negative or non-finite value, all zeros, e &lt; 0, or a zero with e &gt; 1.</exception>
    public static double Atkinson(IReadOnlyList<double> values, double epsilon)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Distribution.Atkinson(values, epsilon);
    }

    /// <summary>
    /// Shift-share decomposition of every region between <paramref name="baseYear"/> and <paramref name="endYear"/>.
    /// The nation is the sum of the panel's regions unless <paramref name="nation"/> gives industry totals per year.
    /// With <paramref name="chainYears"/>, the components are computed for each pair of consecutive years of the panel
    /// between the two and summed (multiplied for Gerfin): dynamic shift-share. A region's zero base-year cell with a
    /// positive end value follows <paramref name="zeroBase"/>; a cell that is zero in both years adds nothing. Worked
    /// example: INDICES.md 4.
    /// </summary>
    /// <exception cref="ClusterStatsException">A missing year, cell or national industry; a negative value; a zero regional or national base total; or an undefined regional growth rate.</exception>
    public static ShiftShareResult ShiftShare(this RegionIndustryPanel panel, int baseYear, int endYear, ShiftShareMethod method = ShiftShareMethod.Dunn,
        IReadOnlyDictionary<int, ReferenceTotals>? nation = null, bool chainYears = false, ZeroBaseCellPolicy zeroBase = ZeroBaseCellPolicy.Error,
        MissingCellPolicy missing = MissingCellPolicy.Error) =>
        ShiftShareMath.Compute(panel, baseYear, endYear, method, nation, chainYears, zeroBase, missing);

    /// <summary>
    /// Ellison-Glaeser gamma per industry from plant-level data. x_j is region j's share of
    /// <paramref name="regionTotals"/> (all employment; by default the sum of the firm records per region), s_j the
    /// industry's share in region j, G = sum_j (s_j - x_j)^2 over every region, H the plant Herfindahl.
    /// </summary>
    /// <exception cref="ClusterStatsException">No records, a negative employment, a repeated plant, a region without a total, or an industry with zero employment.</exception>
    public static EllisonGlaeserResult EllisonGlaeser(IEnumerable<FirmRecord> firms, IReadOnlyDictionary<string, double>? regionTotals = null) =>
        Agglomeration.EllisonGlaeser(firms, regionTotals);

    /// <summary>
    /// US Cluster Mapping strong clusters: among regions with employment &gt; 0 in a cluster, strong = LQ &gt;= 75th
    /// percentile of LQ, employment &gt; 25th percentile, establishments &gt; 25th percentile and LQ &gt;= 1 (quantiles
    /// type 7). LQ is against the regions' totals over all clusters in the matrix (traded employment).
    /// </summary>
    /// <exception cref="ClusterStatsException">Matrices of different shape, a missing cell under <see cref="MissingCellPolicy.Error"/>, or a negative value.</exception>
    public static ClusterStrengthResult ClusterStrength(this RegionIndustryMatrix employment, RegionIndustryMatrix establishments, MissingCellPolicy missing = MissingCellPolicy.Error) =>
        Agglomeration.Strength(employment, establishments, missing);

    /// <summary>
    /// The binary matrix M of complexity and relatedness: 1 where the LQ (RCA) is at least <paramref name="threshold"/>
    /// (default 1), else 0 (an empty region or industry is 0); with <paramref name="valuesAreBinary"/> the values are
    /// used as they are and must be 0 or 1.
    /// </summary>
    /// <exception cref="ClusterStatsException">A value is not 0 or 1 with <paramref name="valuesAreBinary"/>, a missing cell, or a negative value.</exception>
    public static RegionIndustryValues BinaryMatrix(this RegionIndustryMatrix matrix, double threshold = 1, bool valuesAreBinary = false, MissingCellPolicy missing = MissingCellPolicy.Error)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return new("m", matrix.Regions, matrix.Industries, Binary(matrix, threshold, valuesAreBinary, missing));
    }

    /// <summary>
    /// Economic complexity by the eigenvector method: ECI is the z-score (population sd) of the eigenvector of the
    /// second largest eigenvalue of M_cc = D_c^-1 M D_p^-1 M', signed so that ECI correlates positively with
    /// diversity; PCI comes from M_pp with the same orientation and is standardised per <paramref name="pci"/>
    /// (Growth Lab's convention by default). Regions with diversity 0 and products with ubiquity 0 are left out (NaN).
    /// Worked example: INDICES.md 5.
    /// </summary>
    /// <exception cref="DisconnectedNetworkException">The region–product network falls apart into several components.</exception>
    /// <exception cref="ClusterStatsException">Invalid binary values, a missing cell, a negative value, fewer than two regions or products left, or an eigenvector constant across regions or products (no ranking to standardise).</exception>
    public static ComplexityResult Complexity(this RegionIndustryMatrix matrix, double threshold = 1, bool valuesAreBinary = false,
        PciStandardisation pci = PciStandardisation.GrowthLab, MissingCellPolicy missing = MissingCellPolicy.Error)
    {
        var math = Network(matrix, threshold, valuesAreBinary, missing);
        math.RequireConnected();
        var (kc, kp, l2, l3) = math.Eigenvectors();
        var (mean, sd) = ComplexityMath.MeanSd(kc);
        var (pm, ps) = pci == PciStandardisation.GrowthLab ? (mean, sd) : ComplexityMath.MeanSd(kp);
        // kp has unit length, so kc (averages of kp) spreads by far more than 1e-12 unless its spread is rounding noise.
        if (!(sd > 1e-12) || !(ps > 1e-12)) ThrowHelper.UndefinedIndex("Economic complexity", $"the second eigenvector is constant across {(sd > 1e-12 ? "products" : "regions")}, so the ECI and PCI z-scores are undefined (every region has the same rank, as when each region has every product).");
        var eci = ComplexityMath.Standardise(kc, mean, sd);
        return ComplexityResultOf(math, "eigenvector", eci, ComplexityMath.Standardise(kp, pm, ps), l2, l3);
    }

    /// <summary>The largest number of reflections <see cref="ComplexityByReflections"/> accepts.</summary>
    public const int MaxReflections = 1000;

    /// <summary>
    /// Economic complexity by the method of reflections (Hidalgo and Hausmann 2009): k_c,n = (1/k_c,0) sum_p M_cp k_p,n-1
    /// and k_p,n = (1/k_p,0) sum_c M_cp k_c,n-1. ECI is the z-score of k_c,N (<paramref name="iterations"/> = N,
    /// default 20, even), PCI the z-score of k_p,N+1 (the mean of k_c,N over each product's regions), both signed so that
    /// ECI correlates positively with diversity.
    /// </summary>
    /// <exception cref="DisconnectedNetworkException">The region–product network falls apart into several components.</exception>
    /// <exception cref="ClusterStatsException">Invalid binary values, a missing cell, a negative value, iterations outside 1 .. 1,000, or reflections that are constant across regions or products (no ranking to standardise).</exception>
    public static ComplexityResult ComplexityByReflections(this RegionIndustryMatrix matrix, int iterations = 20, double threshold = 1,
        bool valuesAreBinary = false, MissingCellPolicy missing = MissingCellPolicy.Error)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (iterations is < 1 or > MaxReflections) ThrowHelper.ParameterOutOfRange("Method of reflections", $"iterations must be between 1 and {MaxReflections}", iterations.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var math = Network(matrix, threshold, valuesAreBinary, missing);
        math.RequireConnected();
        var last = math.Reflections(iterations);
        var kp = math.ProductAverage(last);
        var (mean, sd) = ComplexityMath.MeanSd(last);
        var (pm, ps) = ComplexityMath.MeanSd(kp);
        if (!(ps > 1e-12 * sd)) ThrowHelper.UndefinedIndex("Method of reflections", $"k_p,N+1 is constant across products, so the PCI z-score is undefined.");
        var eci = ComplexityMath.Standardise(last, mean, sd);
        var pci = ComplexityMath.Standardise(kp, pm, ps);
        if (ComplexityMath.Correlation(eci, math.RegionIds.Select(r => math.Diversity[r]).ToArray()) < 0)
        {
            eci = eci.Select(v => -v).ToArray();
            pci = pci.Select(v => -v).ToArray();
        }
        return ComplexityResultOf(math, "reflections", eci, pci, double.NaN, double.NaN);
    }

    /// <summary>
    /// Product proximity phi_pp' = C_pp' / max(u_p, u_p') with C = M'M (co-occurrences) and u the ubiquity; 1 on the
    /// diagonal of products present somewhere, 0 for a product with ubiquity 0.
    /// </summary>
    /// <exception cref="ClusterStatsException">Invalid binary values, a missing cell, or a negative value.</exception>
    public static ProximityResult Proximity(this RegionIndustryMatrix matrix, double threshold = 1, bool valuesAreBinary = false, MissingCellPolicy missing = MissingCellPolicy.Error)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return new(matrix.Industries, ProximityValues(Binary(matrix, threshold, valuesAreBinary, missing), matrix.Regions.Count, matrix.Industries.Count));
    }

    /// <summary>
    /// Density (relatedness density) w_cp = sum_p' M_cp' phi_pp' / sum_p' phi_pp', a share 0 .. 1 (EconGeo prints it x 100).
    /// <see cref="DensityConvention.IncludeSelf"/> (default, Growth Lab) sums over every p' including p;
    /// <see cref="DensityConvention.ExcludeSelf"/> (EconGeo, Datawheel) leaves p out. NaN where the denominator is 0
    /// (a product close to nothing).
    /// </summary>
    /// <exception cref="ClusterStatsException">Invalid binary values, a missing cell, or a negative value.</exception>
    public static RegionIndustryValues Density(this RegionIndustryMatrix matrix, DensityConvention convention = DensityConvention.IncludeSelf,
        double threshold = 1, bool valuesAreBinary = false, MissingCellPolicy missing = MissingCellPolicy.Error)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        int R = matrix.Regions.Count, P = matrix.Industries.Count;
        var m = Binary(matrix, threshold, valuesAreBinary, missing);
        var phi = ProximityValues(m, R, P);
        var density = new double[R * P];
        for (int p = 0; p < P; p++)
        {
            double denominator = 0;
            for (int q = 0; q < P; q++)
            {
                if (q != p || convention == DensityConvention.IncludeSelf) denominator += phi[p * P + q];
            }
            for (int r = 0; r < R; r++)
            {
                double numerator = 0;
                for (int q = 0; q < P; q++)
                {
                    if (q != p || convention == DensityConvention.IncludeSelf) numerator += m[r * P + q] * phi[p * P + q];
                }
                density[r * P + p] = denominator > 0 ? numerator / denominator : double.NaN;
            }
        }
        return new RegionIndustryValues("density", matrix.Regions, matrix.Industries, density);
    }

    private static MatrixShares Shares(RegionIndustryMatrix matrix, string index, MissingCellPolicy missing, ZeroTotalPolicy zeroTotals, ReferenceTotals? reference)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return new MatrixShares(matrix, index, missing, zeroTotals, reference);
    }

    private static void CheckThreshold(double threshold)
    {
        if (!double.IsFinite(threshold)) ThrowHelper.ThresholdNotFinite(Distribution.Format(threshold));
    }

    private static double[] Binary(RegionIndustryMatrix matrix, double threshold, bool valuesAreBinary, MissingCellPolicy missing)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (valuesAreBinary)
        {
            var values = matrix.Dense(missing, "binary M");
            for (int k = 0; k < values.Length; k++)
            {
                if (values[k] != 0 && values[k] != 1)
                {
                    int n = matrix.Industries.Count;
                    ThrowHelper.BinaryCell(matrix.Regions[k / n], matrix.Industries[k % n], Distribution.Format(values[k]));
                }
            }
            return values;
        }
        CheckThreshold(threshold);
        var m = new MatrixShares(matrix, "binary M", missing, ZeroTotalPolicy.Zero, null).LocationQuotients();
        for (int k = 0; k < m.Length; k++) m[k] = m[k] >= threshold && m[k] > 0 ? 1.0 : 0.0;
        return m;
    }

    /// <summary>
    /// The region-product network of the binary M (the same cells as <see cref="Binary"/>), built row by row from the
    /// location quotients without the dense R x I array, in parallel on large matrices.
    /// </summary>
    private static ComplexityMath Network(RegionIndustryMatrix matrix, double threshold, bool valuesAreBinary, MissingCellPolicy missing)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        int R = matrix.Regions.Count, P = matrix.Industries.Count;
        var rows = new int[R][];
        if (valuesAreBinary)
        {
            var values = Binary(matrix, threshold, valuesAreBinary, missing);
            var indices = new int[P];
            for (int r = 0; r < R; r++) rows[r] = indices.AsSpan(0, ComplexityMath.PresentIndices(values.AsSpan(r * P, P), 1, indices)).ToArray();
        }
        else
        {
            CheckThreshold(threshold);
            new MatrixShares(matrix, "binary M", missing, ZeroTotalPolicy.Zero, null).ForEachLocationQuotientBlock((from, to, write) =>
            {
                var lq = new double[P];
                var indices = new int[P];
                for (int r = from; r < to; r++)
                {
                    write(r, lq);
                    rows[r] = indices.AsSpan(0, ComplexityMath.PresentIndices(lq, threshold, indices)).ToArray();
                }
            });
        }
        return new ComplexityMath(rows, matrix.Regions, matrix.Industries);
    }

    private static double[] ProximityValues(double[] m, int R, int P)
    {
        var ubiquity = new double[P];
        var co = new double[P * P];
        var present = new List<int>(P);
        for (int r = 0; r < R; r++)
        {
            present.Clear();
            for (int p = 0; p < P; p++)
            {
                if (m[r * P + p] > 0) present.Add(p);
            }
            foreach (var p in present)
            {
                ubiquity[p]++;
                foreach (var q in present) co[p * P + q]++;
            }
        }
        var phi = new double[P * P];
        for (int p = 0; p < P; p++)
        {
            for (int q = 0; q < P; q++)
            {
                var max = Math.Max(ubiquity[p], ubiquity[q]);
                phi[p * P + q] = max > 0 ? co[p * P + q] / max : 0;
            }
        }
        return phi;
    }

    private static ComplexityResult ComplexityResultOf(ComplexityMath math, string method, double[] eci, double[] pci, double l2, double l3)
    {
        var eciAll = new double[math.AllRegions.Count];
        var pciAll = new double[math.AllProducts.Count];
        Array.Fill(eciAll, double.NaN);
        Array.Fill(pciAll, double.NaN);
        for (int c = 0; c < math.RegionIds.Length; c++) eciAll[math.RegionIds[c]] = eci[c];
        for (int p = 0; p < math.ProductIds.Length; p++) pciAll[math.ProductIds[p]] = pci[p];
        return new ComplexityResult(method,
            new IndexValues("diversity", "region", math.AllRegions, math.Diversity),
            new IndexValues("ubiquity", "industry", math.AllProducts, math.Ubiquity),
            new IndexValues("eci", "region", math.AllRegions, eciAll),
            new IndexValues("pci", "industry", math.AllProducts, pciAll),
            l2, l3,
            Enumerable.Range(0, math.AllRegions.Count).Where(r => math.Diversity[r] == 0).Select(r => math.AllRegions[r]).ToArray(),
            Enumerable.Range(0, math.AllProducts.Count).Where(p => math.Ubiquity[p] == 0).Select(p => math.AllProducts[p]).ToArray());
    }
}
