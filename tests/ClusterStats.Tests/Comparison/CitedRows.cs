namespace ClusterStats.Tests.Comparison;

/// <summary>
/// Figures and exchange rates built from rows of ../shared/data/cited-figures.csv (line numbers in comments, "L12")
/// and from the seed article seeds/000_c6e03cb025974693.txt.
/// </summary>
internal static class CitedRows
{
    public const string SeedOrigin = "seeds/000_c6e03cb025974693.txt";

    private static readonly Source Seed = new("遼陽・小北河靴下業の発展推進活動が正式に幕を開けた", null, "seed article", "2024-07-25",
        "年間22億足の靴下を生産し、生産額は35億元に達し", Confidence.Medium);
    private static readonly Source XinhuaReprint2021 = new("产业小镇调查|“袜业名镇”小北河镇:一双袜子的进阶之路", "https://www.laitimes.com/article/239c3_2cejk.html", "Xinhua (reprinted on laitimes.com)", null, "年产棉袜25亿双", Confidence.Medium);
    private static readonly Source LiaoningDaily2023 = new("샤오베이허 양말 (Liaoning Daily Korean edition, 2023-04-13)", "https://wap.lnd.com.cn/licckr/system/2023/04/13/030399111.shtml", "Liaoning Daily", "2023-04-13", "연간 양말 생산량이 25억 켤레", Confidence.High);
    private static readonly Source PrNewswire = new("A Visit to a Famous Town of the Chinese Socks Industry", "https://www.prnewswire.com/news-releases/a-visit-to-a-famous-town-of-the-chinese-socks-industry-301962946.html", "PR Newswire", "2023-10-20", "annual output of 2.5 billion pairs", Confidence.Medium);
    private static readonly Source Wttai = new("2024辽阳·小北河袜业特色产业集群高质量发展推介活动 (event report)", "http://www.wttai.com/information-list/detail/id/28534.html", "wttai.com", "2024-07-24", "聚集了226家袜业企业", Confidence.High);
    private static readonly Source Pedaily = new("小北河镇袜业产业闪耀升级,共绘“中国袜业名镇”新篇章", "https://m.pedaily.cn/99discoveries/90495", "pedaily.cn", "2024-07-25", "年产值35亿元", Confidence.Medium);
    private static readonly Source Reprint020 = new("(reprint) 辽阳县小北河镇 … 年产袜子26亿双,产值达38亿元", "http://020gz.com.cn/news-3-571-0.html", "reprint on 020gz.com.cn", null, "年產襪子26億雙,產值達38億元", Confidence.Medium);
    private static readonly Source Xinhua2025 = new("辽宁辽阳:“袜业名镇”的进阶之路", "https://www.51tgb.com/page?newsid=44383", "Xinhua (新华网), reposted by 51tgb.com", "2025-06-22", "小北河镇年产袜子26亿双", Confidence.High);
    private static readonly Source Netease = new("一个镇,一年产袜25亿多双 (网易号 repost)", null, "网易号 repost", null, "去年产出袜品25亿多双", Confidence.Low);
    private static readonly Source ChinaDaily2022 = new("East Chinese town of Datang socks it to world", "https://chinaservicesinfo.com/s/202206/21/WS62b0a61d498ea2749279b30a/east-chinese-town-of-datang-socks-it-to-world.html", "China Daily (via chinaservicesinfo.com)", "2022-06-21", "27 billion pairs of socks worth 75 billion yuan ($11.14 billion)", Confidence.Medium);
    private static readonly Source Sanlian = new("(reprint) 三联生活周刊: 大唐袜业 (记者 刘畅)", "http://6g9.cn/gen/1756.html", "三联生活周刊 (Sanlian Lifeweek)", null, "截至2020年,全行业生产各类袜子200多亿双", Confidence.Medium);
    private static readonly Source Nyt2004 = new("China dominates global sock market", "https://www.theage.com.au/news/Business/China-dominates-global-sock-market/2004/12/26/1103996435109.html", "The Age, reprint of The New York Times", "2004-12-26", "Datang produces an astounding 9 billion pairs of socks each year", Confidence.High);
    private static readonly Source RegionCase = new("靴下の生産額の都道府県ランキング(平成25年)", "https://region-case.com/rank-h25-product-socks/", "region-case.com, compiled from METI 工業統計", null, "奈良県 101,063千足 199.4億円 53.2", Confidence.High);
    private static readonly Source Fed2024 = new("Foreign Exchange Rates -- G.5A Annual (release 2024-02-01)", "https://federalreserve.gov/releases/g5a/20240201", "Board of Governors of the Federal Reserve System", "2024-02-01", "G.5A", Confidence.High);
    private static readonly Source Fed2016 = new("Foreign Exchange Rates -- G.5A Annual (release 2016-01-04)", "https://federalreserve.gov/releases/g5a/20160104/default.htm", "Board of Governors of the Federal Reserve System", "2016-01-04", "G.5A", Confidence.High);
    private static readonly Source Fed2021 = new("Foreign Exchange Rates -- G.5A Annual (release 2021-01-04)", "https://federalreserve.gov/releases/g5a/20210104", "Board of Governors of the Federal Reserve System", "2021-01-04", "G.5A", Confidence.High);
    private static readonly Source FedMonthly = new("Foreign Exchange Rates -- G.5 Monthly (release 2024-07-01)", "http://federalreserve.gov/Releases/G5/current/default.htm", "Board of Governors of the Federal Reserve System", "2024-07-01", "G.5", Confidence.High);
    private static readonly Source Alfred = new("Chinese Yuan Renminbi to U.S. Dollar Spot Exchange Rate (EXCHUS), vintage 2025-03-03", "https://alfred.stlouisfed.org/series?seid=EXCHUS", "Federal Reserve Bank of St. Louis (ALFRED)", "2025-03-03", "EXCHUS", Confidence.High);

    private static Figure F(string region, Indicator indicator, Quantity q, ReferenceYear year, Source source, string origin,
        Qualifier qualifier = Qualifier.Exact, bool target = false, string? scope = null) =>
        new(region, indicator, q, qualifier, target, scope, year, source) { Origin = origin };

    private static Quantity Cny(decimal v) => Quantity.Money(v, Currency.CNY);

    /// <summary>The seed's own figures: 22億足, 35億元, 226社; no reference year, so ~2024 (current at publication).</summary>
    public static IReadOnlyList<Figure> SeedFigures { get; } =
    [
        F("xiaobeihe", Indicator.PairsPerYear, Quantity.Pairs(2_200_000_000m), ReferenceYear.Approximate(2024), Seed, SeedOrigin),
        F("xiaobeihe", Indicator.OutputValue, Cny(3_500_000_000m), ReferenceYear.Approximate(2024), Seed, SeedOrigin),
        F("xiaobeihe", Indicator.FirmCount, Quantity.Firms(226m), ReferenceYear.Approximate(2024), Seed, SeedOrigin),
    ];

    /// <summary>Xiaobeihe rows of cited-figures.csv.</summary>
    public static IReadOnlyList<Figure> Xiaobeihe { get; } =
    [
        F("xiaobeihe", Indicator.PairsPerYear, Quantity.Pairs(2_500_000_000m), ReferenceYear.Approximate(2021), XinhuaReprint2021, "cited-figures.csv:2", scope: "cotton socks only"),
        F("xiaobeihe", Indicator.FirmCount, Quantity.Firms(200m), ReferenceYear.Approximate(2021), XinhuaReprint2021, "cited-figures.csv:3", Qualifier.AtLeast),
        F("xiaobeihe", Indicator.Employees, Quantity.Persons(20_000m), ReferenceYear.Approximate(2021), XinhuaReprint2021, "cited-figures.csv:4", Qualifier.AtLeast),
        F("xiaobeihe", Indicator.PairsPerYear, Quantity.Pairs(2_500_000_000m), ReferenceYear.Approximate(2022), LiaoningDaily2023, "cited-figures.csv:6"),
        F("xiaobeihe", Indicator.OutputValue, Cny(3_200_000_000m), ReferenceYear.Approximate(2022), LiaoningDaily2023, "cited-figures.csv:7", Qualifier.Nearly),
        F("xiaobeihe", Indicator.ExportValue, Cny(500_000_000m), ReferenceYear.Approximate(2022), LiaoningDaily2023, "cited-figures.csv:8", Qualifier.Nearly),
        F("xiaobeihe", Indicator.PairsPerYear, Quantity.Pairs(4_000_000_000m), ReferenceYear.Exact(2025), LiaoningDaily2023, "cited-figures.csv:11", target: true),
        F("xiaobeihe", Indicator.PairsPerYear, Quantity.Pairs(2_500_000_000m), ReferenceYear.Exact(2023), PrNewswire, "cited-figures.csv:13"),
        F("xiaobeihe", Indicator.OutputValue, Cny(3_200_000_000m), ReferenceYear.Exact(2023), PrNewswire, "cited-figures.csv:14", Qualifier.Nearly),
        F("xiaobeihe", Indicator.FirmCount, Quantity.Firms(200m), ReferenceYear.Exact(2023), PrNewswire, "cited-figures.csv:18", Qualifier.AtLeast, scope: "sock factories"),
        F("xiaobeihe", Indicator.Employees, Quantity.Persons(20_000m), ReferenceYear.Exact(2023), PrNewswire, "cited-figures.csv:19", Qualifier.AtLeast),
        F("xiaobeihe", Indicator.FirmCount, Quantity.Firms(226m), ReferenceYear.Exact(2024), Wttai, "cited-figures.csv:20"),
        F("xiaobeihe", Indicator.OutputValue, Cny(3_500_000_000m), ReferenceYear.Exact(2024), Pedaily, "cited-figures.csv:22"),
        F("xiaobeihe", Indicator.PairsPerYear, Quantity.Pairs(2_500_000_000m), ReferenceYear.Unknown, Netease, "cited-figures.csv:24", Qualifier.AtLeast),
        F("xiaobeihe", Indicator.PairsPerYear, Quantity.Pairs(2_600_000_000m), ReferenceYear.Approximate(2024), Reprint020, "cited-figures.csv:28"),
        F("xiaobeihe", Indicator.PairsPerYear, Quantity.Pairs(2_600_000_000m), ReferenceYear.Approximate(2024), Xinhua2025, "cited-figures.csv:30"),
        F("xiaobeihe", Indicator.OutputValue, Cny(3_800_000_000m), ReferenceYear.Approximate(2024), Xinhua2025, "cited-figures.csv:31"),
    ];

    /// <summary>Datang rows of cited-figures.csv.</summary>
    public static IReadOnlyList<Figure> Datang { get; } =
    [
        F("datang", Indicator.PairsPerYear, Quantity.Pairs(9_000_000_000m), ReferenceYear.Exact(2004), Nyt2004, "cited-figures.csv:42"),
        F("datang", Indicator.PairsPerYear, Quantity.Pairs(20_000_000_000m), ReferenceYear.Exact(2020), Sanlian, "cited-figures.csv:47", Qualifier.AtLeast),
        F("datang", Indicator.PairsPerYear, Quantity.Pairs(27_000_000_000m), ReferenceYear.Approximate(2021), ChinaDaily2022, "cited-figures.csv:51"),
        F("datang", Indicator.OutputValue, Cny(75_000_000_000m), ReferenceYear.Approximate(2021), ChinaDaily2022, "cited-figures.csv:52"),
        F("datang", Indicator.FirmCount, Quantity.Firms(6_000m), ReferenceYear.Approximate(2021), ChinaDaily2022, "cited-figures.csv:55", Qualifier.AtLeast),
    ];

    /// <summary>Nara and Japan (national) rows of cited-figures.csv, METI 2013.</summary>
    public static IReadOnlyList<Figure> Japan2013 { get; } =
    [
        F("nara", Indicator.PairsPerYear, Quantity.Pairs(101_063_000m), ReferenceYear.Exact(2013), RegionCase, "cited-figures.csv:123", scope: "shipments"),
        F("nara", Indicator.OutputValue, Quantity.Money(19_940_000_000m, Currency.JPY), ReferenceYear.Exact(2013), RegionCase, "cited-figures.csv:124", scope: "shipment value"),
        F("japan", Indicator.OutputValue, Quantity.Money(37_510_000_000m, Currency.JPY), ReferenceYear.Exact(2013), RegionCase, "cited-figures.csv:126", scope: "shipment value"),
    ];

    public static IReadOnlyList<Region> Regions { get; } =
    [
        new("xiaobeihe", RegionKind.Cluster, "Xiaobeihe", "小北河镇", null, "China", "Liaoning", "Liaoyang", "Liaoyang County", "Xiaobeihe Town", "socks"),
        new("datang", RegionKind.Cluster, "Datang", "大唐", null, "China", "Zhejiang", "Shaoxing", "Zhuji", "Datang", "socks"),
        new("nara", RegionKind.Cluster, "Nara", "奈良", "奈良", "Japan", "Nara", null, null, null, "socks"),
        new("japan", RegionKind.Reference, "Japan", "日本", "日本", "Japan", null, null, null, null, null),
    ];

    public static FigureSet All(bool withSeed = true) =>
        new((withSeed ? SeedFigures : []).Concat(Xiaobeihe).Concat(Datang).Concat(Japan2013));

    private static ExchangeRate Annual(int year, string quote, string @base, decimal rate, Source source, bool derived = false, decimal baseAmount = 1m) =>
        new(year, null, new Currency(quote), new Currency(@base), baseAmount, rate, derived, source);

    private static ExchangeRate Monthly(int year, int month, decimal rate, Source source) =>
        new(year, month, Currency.CNY, Currency.USD, 1m, rate, false, source);

    /// <summary>Fed G.5A annual averages (and the derived cross rates for checking), and the 2024 monthly CNY averages.</summary>
    public static ExchangeRateTable Rates { get; } = new(
    [
        Annual(2021, "CNY", "USD", 6.4508m, Fed2024),               // L169
        Annual(2021, "JPY", "USD", 109.8429m, Fed2024),             // L170
        Annual(2021, "USD", "EUR", 1.183m, Fed2024),                // L171
        Annual(2021, "CNY", "JPY", 5.8728m, Fed2024, true, 100m),   // L173 (derived)
        Annual(2021, "CNY", "EUR", 7.6313m, Fed2024, true),         // L174 (derived)
        Annual(2022, "CNY", "USD", 6.729m, Fed2024),                // L175
        Annual(2023, "CNY", "USD", 7.0809m, Fed2024),               // L181
        Annual(2023, "JPY", "USD", 140.5001m, Fed2024),             // L182
        Annual(2015, "CNY", "USD", 6.2827m, Fed2016),               // L187
        Annual(2013, "CNY", "USD", 6.1478m, Fed2016),               // L189
        Annual(2012, "CNY", "USD", 6.3093m, Fed2016),               // L190
        Annual(2013, "JPY", "USD", 97.6m, Fed2016),                 // L193
        Annual(2017, "CNY", "USD", 6.7569m, Fed2021),               // L204
        Monthly(2024, 6, 7.2547m, FedMonthly),                      // L211
        Monthly(2024, 5, 7.2327m, FedMonthly),                      // L212
        Monthly(2024, 4, 7.2374m, FedMonthly),                      // L213
        Monthly(2024, 12, 7.2807m, Alfred),                         // L220
        Monthly(2024, 11, 7.2063m, Alfred),                         // L221
        Monthly(2024, 10, 7.0881m, Alfred),                         // L222
    ]);
}
