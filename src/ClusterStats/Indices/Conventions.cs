namespace ClusterStats.Indices;

/// <summary>What an index does with a missing cell (no record, an empty cell or NA) of a region x industry matrix.</summary>
public enum MissingCellPolicy
{
    /// <summary>A missing cell is an error that names the region and industry (default: nothing is assumed).</summary>
    Error,

    /// <summary>A missing cell counts as zero (long data that lists only non-zero cells).</summary>
    Zero,
}

/// <summary>
/// What a share does when its denominator is zero (an empty region or industry: 0/0). EconGeo turns 0/0 into 0;
/// REAT returns NaN.
/// </summary>
public enum ZeroTotalPolicy
{
    /// <summary>The value is NaN (REAT's convention, the default): an undefined share stays visibly undefined.</summary>
    NaN,

    /// <summary>The value is 0 (EconGeo's convention).</summary>
    Zero,

    /// <summary>A zero total is an error naming the region or industry.</summary>
    Error,
}

/// <summary>Sample (n - 1 denominator) or population (n denominator) standard deviation.</summary>
public enum DeviationKind
{
    /// <summary>Divide by n - 1 (R's <c>sd</c>, REAT's default <c>cv</c>).</summary>
    Sample,

    /// <summary>Divide by n.</summary>
    Population,
}

/// <summary>Shift-share decompositions.</summary>
public enum ShiftShareMethod
{
    /// <summary>Dunn (1960): national share, industry mix, regional shift and net total shift, additive.</summary>
    Dunn,

    /// <summary>Esteban-Marquillas (1972): the regional shift split into a homothetic regional shift and an allocation effect.</summary>
    EstebanMarquillas,

    /// <summary>Gerfin (1964): the multiplicative form; industry-mix factor x regional factor = total factor.</summary>
    Gerfin,
}

/// <summary>What shift-share does with a region's zero base-year cell, where the regional growth rate e_i2/e_i1 is undefined.</summary>
public enum ZeroBaseCellPolicy
{
    /// <summary>An error naming the region and industry (default): REAT returns numbers that no longer add up.</summary>
    Error,

    /// <summary>
    /// Use the algebraic form e_i1 (r_i - R_i) = e_i2 - e_i1 R_i, which is defined for e_i1 = 0 and keeps
    /// NTS = IM + RS. Not available for Esteban-Marquillas, whose allocation effect stays undefined.
    /// </summary>
    AlgebraicForm,
}

/// <summary>How the density of a product around a region weighs the product itself.</summary>
public enum DensityConvention
{
    /// <summary>Growth Lab (ecomplexity): the sums over p' include p itself (phi_pp = 1). The default.</summary>
    IncludeSelf,

    /// <summary>EconGeo and Datawheel: the sums leave p itself out.</summary>
    ExcludeSelf,
}

/// <summary>How PCI is standardised.</summary>
public enum PciStandardisation
{
    /// <summary>
    /// Growth Lab (ecomplexity), by design: kp, the unit-length eigenvector of M_pp, is centred and scaled with the
    /// mean and population standard deviation of kc = D_c^-1 M kp (the ECI eigenvector before its z-score), so that
    /// PCI is (kp - mean(kc)) / sd(kc) and ECI and PCI share one scale. The default.
    /// </summary>
    GrowthLab,

    /// <summary>PCI is a z-score of its own eigenvector (mean 0, population standard deviation 1).</summary>
    OwnZScore,
}
