namespace ClusterStats.Tests.Evidence;

/// <summary>The committed reference dataset is exactly the conversion of the research table, and it loads from the assembly.</summary>
public class ReferenceDatasetTests
{
    private static List<CitedFiguresConverter.SourceRow> SourceRows() => CitedFiguresConverter.ReadSource(Repo.Path("data", "source", "cited-figures.csv"));

    private static IReadOnlyDictionary<string, string> RegionIds()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = CsvHelper.CsvReader.FromText(File.ReadAllText(Repo.Path("data", "clusters.csv")), new CsvHelper.CsvReaderOptions { Separator = ',' });
        while (rows.Read())
        {
            foreach (var text in rows.GetString("source_region")!.Split('|')) map[text] = rows.GetString("id")!;
        }
        return map;
    }

    private static (string Figures, string Rates) Generate()
    {
        var (figures, rates) = CitedFiguresConverter.Convert(SourceRows(), RegionIds());
        return (FigureCsv.ToCsv(figures), ExchangeRateCsv.ToCsv(rates));
    }

    [Test]
    public void Committed_data_files_are_the_output_of_the_converter()
    {
        var (figures, rates) = Generate();
        Repo.AssertCommittedIsGenerated("data/figures.csv", figures);
        Repo.AssertCommittedIsGenerated("data/exchange-rates.csv", rates);
    }

    [Test]
    public void The_source_table_in_the_repository_is_the_research_table_byte_for_byte()
    {
        // SHA-256 of shared/data/cited-figures.csv (221 rows, research summary of 2026-11-26), taken when it was copied
        // into data/source/: the converter's input must not drift from the cited research table.
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Repo.Path("data", "source", "cited-figures.csv"))));
        Assert.That(hash, Is.EqualTo("167fb7205b88d3af5b352cb68959678a86b54213b7ce4d4850664862e8685337"));
    }

    [Test]
    public void Every_unit_text_of_the_source_is_mapped_explicitly()
    {
        var rows = SourceRows();
        Assert.That(rows, Has.Count.EqualTo(221));
        var unmapped = rows.Where(r => r["region"] == "FX reference" ? !CitedFiguresConverter.RateUnits.ContainsKey(r["unit"]) : !CitedFiguresConverter.Units.ContainsKey(r["unit"]))
            .Select(r => $"line {r.Line}: '{r["unit"]}'").ToList();
        Assert.That(unmapped, Is.Empty, "unit texts without an explicit mapping");
        var used = rows.Select(r => r["unit"]).ToHashSet();
        Assert.That(CitedFiguresConverter.Units.Keys.Concat(CitedFiguresConverter.RateUnits.Keys).Where(k => !used.Contains(k)), Is.Empty, "mappings for texts that do not occur");
    }

    [Test]
    public void Every_row_of_the_source_is_in_the_loaded_reference_data()
    {
        var data = ReferenceData.Load();
        var rows = SourceRows();
        foreach (var row in rows)
        {
            var origin = "cited-figures.csv:" + row.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var value = decimal.Parse(row["value"], System.Globalization.CultureInfo.InvariantCulture);
            if (row["region"] == "FX reference")
            {
                var rate = data.ExchangeRates.Single(r => r.Origin == origin);
                Assert.That(rate.Rate, Is.EqualTo(value), origin);
                Assert.That(rate.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(row["year"]), origin);
                Assert.That(rate.Source.Url ?? "", Is.EqualTo(row["source_url"]), origin);
                continue;
            }
            var f = data.Figures.Single(x => x.Origin == origin);
            Assert.That(f.Quantity.Value, Is.EqualTo(value), origin);
            Assert.That(f.OriginalUnit, Is.EqualTo(row["unit"]), origin);
            Assert.That(f.Source.Quote, Is.EqualTo(row["quote"]), origin);
            Assert.That(f.Source.Title, Is.EqualTo(row["source_title"]), origin);
            Assert.That(f.Source.Confidence.ToCode(), Is.EqualTo(row["confidence"]), origin);
            Assert.That(f.Notes ?? "", Is.EqualTo(row["notes"]), origin);
            // Blank years stay unknown, ranges stay ranges, stated years stay the same year.
            Assert.That(f.Year.ToString().TrimStart('~'), Is.EqualTo(row["year"]), origin);
            Assert.That(data.FindRegion(f.RegionId), Is.Not.Null, origin);
        }
        Assert.That(data.ExchangeRates, Has.Count.EqualTo(66));
        Assert.That(data.Figures.Count(f => f.Origin!.StartsWith("cited-figures.csv:", StringComparison.Ordinal) && !f.Origin.EndsWith("(notes)", StringComparison.Ordinal)), Is.EqualTo(155));
    }

    [Test]
    public void Lower_bounds_targets_blank_years_ranges_and_scopes_are_kept()
    {
        var figures = ReferenceData.Load().Figures;
        // cited-figures.csv line 13: 4 bn pairs, 14th Five-Year-Plan target for 2025.
        var target = figures.Single(f => f.Origin == "cited-figures.csv:11");
        Assert.That((target.Indicator, target.IsTarget, target.Quantity, target.Year), Is.EqualTo((Indicator.PairsPerYear, true, Quantity.Pairs(4_000_000_000m), ReferenceYear.Exact(2025))));
        var lower = figures.Single(f => f.Origin == "cited-figures.csv:25");
        Assert.That((lower.Qualifier, lower.Year.IsKnown), Is.EqualTo((Qualifier.AtLeast, false)), "'25亿多双', undated");
        var range = figures.Single(f => f.OriginalUnit == "USD (2020-2024, 5-year total)");
        Assert.That((range.Year.From, range.Year.To, range.Scope), Is.EqualTo(((int?)2020, (int?)2024, "cumulative, 5-year total")));
        var partial = figures.Single(f => f.OriginalUnit == "CNY (Jan-Apr 2023, above-size firms)");
        Assert.That((partial.Indicator, partial.Scope, partial.Period), Is.EqualTo((Indicator.OutputValue, "above-designated-size firms", (ReferencePeriod?)ReferencePeriod.Months(2023, 1, 4))));
        Assert.That(partial.Period.ToString(), Is.EqualTo("2023-01/2023-04"));
        var quarter = figures.Single(f => f.OriginalUnit == "CNY (Q1 2023, self-operated exports, lower bound)");
        Assert.That((quarter.Scope, quarter.Period.ToString(), quarter.When), Is.EqualTo(("self-operated exports", "2023-Q1", "2023-Q1")));
        Assert.That(figures.Single(f => f.Origin == "cited-figures.csv:79 (notes)").Period.ToString(), Is.EqualTo("2011-H1"));
        Assert.That(figures.Single(f => f.OriginalUnit == "USD (Jan-Sep 2023, socks industry)").Period.ToString(), Is.EqualTo("2023-01/2023-09"));
        Assert.That(figures.Count(f => !f.Year.IsKnown && f.Origin!.StartsWith("cited-figures", StringComparison.Ordinal)), Is.EqualTo(14), "14 blank years in the research table");
    }

    [Test]
    public void Doubted_figures_are_marked_by_the_checked_in_status_list_and_the_seed_stays_ok()
    {
        var data = ReferenceData.Load();
        var rows = SourceRows().ToDictionary(r => r.Line);
        foreach (var (line, mapping) in CitedFiguresConverter.Statuses)
        {
            Assert.That(rows[line]["region"], Is.Not.EqualTo("FX reference"), $"line {line}");
            Assert.That(mapping.Reason, Is.Not.Empty, $"line {line}");
            var figure = data.Figures.Single(f => f.Origin == "cited-figures.csv:" + line.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.That(figure.Status, Is.EqualTo(mapping.Status), $"line {line}");
        }
        // Fort Payne: 600 million dozen = 7.2 bn pairs (~2000), SUSPICIOUS in its own record.
        var fortPayne = data.Figures.Single(f => f.RegionId == "fort-payne" && f.Indicator == Indicator.PairsPerYear);
        Assert.That((fortPayne.Quantity.Value, fortPayne.Status), Is.EqualTo((7_200_000_000m, FigureStatus.Suspicious)));
        Assert.That(data.Figures.Where(f => f.Origin == CitedFiguresConverter.SeedFile).Select(f => f.Status), Is.All.EqualTo(FigureStatus.Ok));
        Assert.That(data.Figures.Count(f => f.Status != FigureStatus.Ok), Is.EqualTo(CitedFiguresConverter.Statuses.Count), "only the listed rows carry a status");
    }

    [Test]
    public void Every_row_whose_notes_express_doubt_was_reviewed_once()
    {
        var doubting = SourceRows().Where(r => r["region"] != "FX reference" && (CitedFiguresConverter.DoubtNote().IsMatch(r["notes"]) || CitedFiguresConverter.DoubtNote().IsMatch(r["unit"])))
            .Select(r => r.Line).ToList();
        var reviewed = CitedFiguresConverter.Statuses.Keys.Concat(CitedFiguresConverter.ReviewedOk.Keys).ToList();
        Assert.That(reviewed, Is.Unique, "a line is either marked or reviewed ok, not both");
        Assert.That(reviewed, Is.EquivalentTo(doubting), "every doubting line reviewed, and only those");
        Assert.That(CitedFiguresConverter.ReviewedOk.Values, Has.None.Empty);
    }

    [Test]
    public void The_seed_figures_are_cited_to_the_seed_file_as_current_at_publication()
    {
        var seed = ReferenceData.Load().Figures.Where(f => f.Origin == CitedFiguresConverter.SeedFile).ToList();
        var pairs = seed.Single(f => f.Indicator == Indicator.PairsPerYear);
        // Seed article: 年間22億足, 生産額は35億元, 226社, 綿靴下の生産量の全国第2位.
        Assert.That(pairs.Quantity, Is.EqualTo(Quantity.Pairs(2_200_000_000m)));
        Assert.That(pairs.Year, Is.EqualTo(ReferenceYear.Approximate(2024)));
        Assert.That(pairs.Source.Published, Is.EqualTo("2024-07-25"));
        Assert.That(pairs.Notes, Does.Contain("current at publication 2024-07-25; the article gives no reference year"));
        Assert.That(seed.Single(f => f.Indicator == Indicator.OutputValue).Quantity, Is.EqualTo(Quantity.Money(3_500_000_000m, Currency.CNY)));
        Assert.That(seed.Single(f => f.Indicator == Indicator.FirmCount).Quantity, Is.EqualTo(Quantity.Firms(226m)));
        var rank = seed.Single(f => f.Indicator == Indicator.Rank);
        Assert.That((rank.Quantity.Value, rank.Scope), Is.EqualTo((2m, "national, cotton socks")));
        Assert.That(File.ReadAllText(Repo.Path(CitedFiguresConverter.SeedFile)), Does.Contain("年間22億足").And.Contain("35億元").And.Contain("226社"));
    }

    [Test]
    public void Regions_have_stable_ids_names_and_hierarchy()
    {
        var data = ReferenceData.Load();
        string[] clusters = ["xiaobeihe", "datang", "liaoyuan", "yiwu", "nara", "hyogo", "castel-goffredo", "fort-payne", "dobong"];
        string[] references = ["china", "japan", "korea", "turkey", "usa", "eu", "world"];
        Assert.That(data.Regions.Where(r => r.Kind == RegionKind.Cluster).Select(r => r.Id), Is.SupersetOf(clusters));
        Assert.That(data.Regions.Where(r => r.Kind == RegionKind.Reference).Select(r => r.Id), Is.SupersetOf(references));
        var x = data.FindRegion("xiaobeihe")!;
        Assert.That((x.NameZh, x.NameJa, x.Country, x.Province, x.City, x.County, x.Town),
            Is.EqualTo(("小北河镇", "小北河鎮", "China", "Liaoning", "Liaoyang", "Liaoyang County", "Xiaobeihe Town")));
        Assert.That(data.Figures.RegionIds, Is.SubsetOf(data.Regions.Select(r => r.Id)));
    }

    [Test]
    public void Exchange_rates_are_rates_with_annual_and_monthly_lookups_that_never_guess()
    {
        var rates = ReferenceData.Load().ExchangeRates;
        // Fed G.5A (release 2024-02-01): 7.0809 CNY per USD in 2023.
        Assert.That(rates.Annual(Currency.USD, Currency.CNY, 2023), Is.EqualTo(7.0809m));
        Assert.That(rates.Annual(Currency.CNY, Currency.USD, 2023), Is.EqualTo(1m / 7.0809m));
        var derived = rates.Single(r => r.Year == 2023 && r.Base == Currency.JPY);
        Assert.That((derived.IsDerived, derived.BaseAmount, derived.PerUnit), Is.EqualTo((true, 100m, 0.050398m)));
        var ex = Assert.Throws<MissingExchangeRateException>(() => rates.Annual(Currency.USD, Currency.CNY, 2024));
        Assert.That(ex!.Message, Does.Contain("months 4, 5, 6, 10, 11, 12"));
        Assert.That((ex.From, ex.To, ex.Year, ex.Months), Is.EqualTo((Currency.USD, Currency.CNY, 2024, new[] { 4, 5, 6, 10, 11, 12 })));
        var none = Assert.Throws<MissingExchangeRateException>(() => rates.MeanOfMonths(Currency.USD, Currency.CNY, 1990));
        Assert.That((none!.Year, none.Months), Is.EqualTo((1990, Array.Empty<int>())));
        Assert.That(none.Message, Is.EqualTo("No monthly CNY per USD rate for 1990."));
        Assert.That(none.AnnualYears, Does.Contain(2023).And.Not.Contain(1990));
        var (mean, months) = rates.MeanOfMonths(Currency.USD, Currency.CNY, 2024);
        // G.5 and ALFRED monthly averages for 2024-04..06 and 2024-10..12.
        Assert.That(mean, Is.EqualTo((7.2374m + 7.2327m + 7.2547m + 7.0881m + 7.2063m + 7.2807m) / 6));
        Assert.That(months, Is.EqualTo(new[] { 4, 5, 6, 10, 11, 12 }));
        Assert.That(rates.Count(r => r.Month is not null), Is.EqualTo(12));
    }
}
