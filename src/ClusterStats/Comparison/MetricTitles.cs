namespace ClusterStats;

/// <summary>The titles people read for the built-in indicators and derived metrics, shared by tables and charts.</summary>
internal static class MetricTitles
{
    /// <summary>Chinese and English titles of the built-in indicators and derived metrics.</summary>
    private static readonly Dictionary<string, (string Zh, string En)> Titles = new(StringComparer.Ordinal)
    {
        ["pairs_per_year"] = ("袜子年产量", "Pairs of socks per year"),
        ["output_value"] = ("产值", "Output value"),
        ["firm_count"] = ("企业数", "Firms"),
        ["employees"] = ("从业人员", "Employees"),
        ["export_value"] = ("出口额", "Export value"),
        ["knitting_machines"] = ("织袜机", "Knitting machines"),
        ["output_value_per_pair"] = ("每双产值", "Output value per pair"),
        ["output_value_per_firm"] = ("每家企业产值", "Output value per firm"),
        ["pairs_per_firm"] = ("每家企业产量", "Pairs per firm"),
        ["pairs_per_employee"] = ("人均产量", "Pairs per employee"),
        ["export_share_of_output"] = ("出口占产值比重", "Export share of output"),
    };

    /// <summary>The metric's Chinese and English title, e.g. "袜子年产量 Pairs of socks per year"; the name with spaces for other metrics.</summary>
    public static string Bilingual(string metric) => Titles.TryGetValue(metric, out var t) ? $"{t.Zh} {t.En}" : metric.Replace('_', ' ');

    /// <summary>The English title of a built-in metric ("Output value per pair"), or the name with spaces for any other.</summary>
    public static string English(string metric) => Titles.TryGetValue(metric, out var t) ? t.En : metric.Replace('_', ' ');
}
