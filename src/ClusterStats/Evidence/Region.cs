namespace ClusterStats;

/// <summary>Whether a region is a cluster under study or a reference region (a country, the EU, the world).</summary>
public enum RegionKind
{
    /// <summary>An industrial cluster: a town, county or district such as Xiaobeihe or Castel Goffredo.</summary>
    Cluster,

    /// <summary>A reference region for context: a country, a group of countries or the world.</summary>
    Reference,
}

/// <summary>
/// A cluster or reference region with a stable lower-case id (<c>xiaobeihe</c>, <c>castel-goffredo</c>, <c>china</c>),
/// names in English, Chinese and Japanese where known, the country and the administrative hierarchy
/// (province or prefecture, city, county, town) and the product focus (socks, hosiery, tights).
/// </summary>
/// <param name="Id">Stable id: lower-case letters, digits and '-'.</param>
/// <param name="Kind">Cluster or reference region.</param>
/// <param name="NameEn">English name.</param>
/// <param name="NameZh">Chinese name, or null when unknown.</param>
/// <param name="NameJa">Japanese name, or null when unknown.</param>
/// <param name="Country">Country in English (null for the world and the EU).</param>
/// <param name="Province">Province, prefecture, state or region, or null.</param>
/// <param name="City">City (prefecture-level city, metropolitan city), or null.</param>
/// <param name="County">County or district, or null.</param>
/// <param name="Town">Town, township or subdistrict, or null.</param>
/// <param name="ProductFocus">What the cluster makes, for example "socks (cotton)" or "women's hosiery, tights".</param>
public sealed record Region(string Id, RegionKind Kind, string NameEn, string? NameZh, string? NameJa, string? Country,
    string? Province, string? City, string? County, string? Town, string? ProductFocus)
{
    /// <summary>The currency of the region's money figures (ISO 4217), or null when not given.</summary>
    public Currency? Currency { get; init; }

    /// <summary>The latitude of the region's centre in decimal degrees (-90 to 90, north positive), or null.</summary>
    public decimal? Latitude { get; init; }

    /// <summary>The longitude of the region's centre in decimal degrees (-180 to 180, east positive), or null.</summary>
    public decimal? Longitude { get; init; }

    /// <summary>Whether <paramref name="id"/> has the shape of a region id: lower-case letters, digits and '-', starting with a letter.</summary>
    public static bool IsValidId(string? id)
    {
        if (string.IsNullOrEmpty(id) || !char.IsAsciiLetterLower(id[0])) return false;
        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')) return false;
        }
        return true;
    }

    /// <summary>The id and English name.</summary>
    public override string ToString() => $"{Id} ({NameEn})";
}
