using System.Collections.Frozen;
using ClusterStats.Internal;

namespace ClusterStats.Extraction;

/// <summary>Options for <see cref="FigureExtractor"/>. Immutable; <see cref="Default"/> is used when none are given.</summary>
public sealed record ExtractionOptions
{
    /// <summary>The defaults: the built-in place names, low source confidence, ¥ read as an error, minimum confidence 0.3.</summary>
    public static ExtractionOptions Default { get; } = new();

    /// <summary>The place names that attribute a figure to a cluster or region; <see cref="PlaceNames.Default"/> by default.</summary>
    public PlaceNames Places { get; init; } = PlaceNames.Default;

    /// <summary>
    /// The confidence written into each candidate's <see cref="Source"/>. The extractor does not judge sources: this is
    /// the analyst's judgement of the article, <see cref="Confidence.Low"/> until the analyst sets it.
    /// </summary>
    public Confidence SourceConfidence { get; init; } = Confidence.Low;

    /// <summary>How figures are read, for example how ¥ is read (<see cref="FigureParseOptions.YenSign"/>).</summary>
    public FigureParseOptions Parse { get; init; } = FigureParseOptions.Default;

    /// <summary>The region id used when no place is named anywhere in the text; <c>unknown</c> by default.</summary>
    public string FallbackRegionId { get; init; } = "unknown";

    /// <summary>
    /// Whether the text is HTML (a .html or .htm file); a text that starts with &lt;!doctype or &lt;html is read as HTML
    /// anyway. In HTML, tags, attributes, comments, scripts and styles are not article text; spans index the raw input.
    /// </summary>
    public bool IsHtml { get; init; }

    /// <summary>Candidates below this extraction confidence (0 to 1) are not reported. Default 0.3.</summary>
    public decimal MinimumConfidence { get; init; } = 0.3m;
}

/// <summary>
/// Names of places (English, Chinese, Japanese, Korean, with county and city names and common short forms) and the
/// region id each stands for, so that the extractor can say which cluster a figure is about: 小北河, 遼陽 and
/// Xiaobeihe all stand for <c>xiaobeihe</c>. Matching is ordinal and ignores ASCII case; Latin names match whole words.
/// Immutable.
/// </summary>
public sealed class PlaceNames
{
    private readonly FrozenDictionary<string, string> _ids;

    /// <summary>Creates a list of place names from (name, region id) pairs.</summary>
    /// <exception cref="ArgumentException">A region id is not a valid id (see <see cref="Region.IsValidId"/>) or a name is empty.</exception>
    public PlaceNames(IEnumerable<KeyValuePair<string, string>> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var d = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, id) in names)
        {
            if (string.IsNullOrWhiteSpace(name)) Internal.ThrowHelper.Argument(nameof(names), "A place name is empty.");
            if (!Region.IsValidId(id)) Internal.ThrowHelper.Argument(nameof(names), $"'{id}' is not a region id: expected lower-case letters, digits and '-'.");
            d[name] = id;
        }
        _ids = d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Names = [.. _ids.Keys.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal)];
        Matcher = new WordMatcher<string>(_ids.Select(kv => (kv.Key, kv.Value)), wholeLatinWords: true);
    }

    internal WordMatcher<string> Matcher { get; }

    /// <summary>Every name, longest first.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The region id a name stands for, or null.</summary>
    public string? IdOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _ids.TryGetValue(name, out var id) ? id : null;
    }

    /// <summary>
    /// The sock clusters of the reference dataset with their names in English, Chinese (simplified and traditional),
    /// Japanese and Korean, and the county, city and district names that articles use for them (遼陽 and 遼陽県 for
    /// Xiaobeihe, 诸暨 for Datang, 加古川 for Hyogo, DeKalb for Fort Payne). Country names are not included: 全国 or
    /// "China" next to a figure usually states its scope ("second in China"), not its place.
    /// </summary>
    public static PlaceNames Default { get; } = new(Pairs(
        ("xiaobeihe", ["小北河", "Xiaobeihe", "샤오베이허", "소북하", "遼陽", "辽阳", "遼陽県", "辽阳县", "遼陽縣", "Liaoyang"]),
        ("datang", ["大唐", "Datang", "诸暨", "諸暨", "諸曁", "Zhuji", "다탕"]),
        ("liaoyuan", ["辽源", "遼源", "Liaoyuan", "东北袜业园", "東北襪業園", "랴오위안"]),
        ("yiwu", ["义乌", "義烏", "Yiwu", "이우"]),
        ("nara", ["奈良", "Nara", "広陵", "广陵", "Koryo", "大和高田", "Yamatotakada"]),
        ("hyogo", ["兵庫", "兵库", "Hyogo", "加古川", "Kakogawa", "播州", "Harima"]),
        ("castel-goffredo", ["Castel Goffredo", "Distretto n.6", "Distretto N. 6"]),
        ("fort-payne", ["Fort Payne", "DeKalb"]),
        ("dobong", ["도봉", "道峰", "Dobong"])));

    /// <summary>Names of the given regions (English, Chinese and Japanese names and the town, county and city) added to these names.</summary>
    public PlaceNames With(IEnumerable<Region> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var all = _ids.ToList();
        foreach (var r in regions)
        {
            foreach (var n in new[] { r.NameEn, r.NameZh, r.NameJa, r.Town, r.County })
            {
                if (!string.IsNullOrWhiteSpace(n) && n.Length >= 2) all.Add(new(n, r.Id));
            }
        }
        return new PlaceNames(all);
    }

    /// <summary>These names plus <paramref name="names"/> for <paramref name="regionId"/>.</summary>
    public PlaceNames With(string regionId, params string[] names)
    {
        ArgumentNullException.ThrowIfNull(regionId);
        ArgumentNullException.ThrowIfNull(names);
        return new PlaceNames(_ids.Concat(names.Select(n => new KeyValuePair<string, string>(n, regionId))));
    }

    private static IEnumerable<KeyValuePair<string, string>> Pairs(params (string Id, string[] Names)[] entries) =>
        entries.SelectMany(e => e.Names.Select(n => new KeyValuePair<string, string>(n, e.Id)));
}
