using System.Globalization;

namespace ClusterStats.Tests.Comparison;

using Comparison = ClusterStats.Comparison;

/// <summary>One reference year for a comparison, suspicious figures left out, periods never mixed, --pin from the command line.</summary>
public class ReferenceYearComparisonTests
{
    private static readonly ReferenceDataset Data = ReferenceData.Load();

    private static ComparisonOptions Options(string focal = "xiaobeihe") => new(focal)
    {
        Regions = Data.Regions, Rates = Data.ExchangeRates, RatePolicy = MissingRatePolicy.NearestYear,
    };

    private static Figure F(string region, Indicator indicator, Quantity q, ReferenceYear year, string source = "s", ReferencePeriod? period = null) =>
        new(region, indicator, q, Qualifier.Exact, false, null, year, new Source(source, null, "p", null, "q", Confidence.Medium)) { Period = period };

    [Test]
    public void Xiaobeihe_is_compared_in_2024_by_default_with_11_50_million_pairs_per_firm()
    {
        var c = Comparison.Create(Data.Figures, Options());
        Assert.That(c.Year, Is.EqualTo(2024));
        Assert.That(c.Notes[0], Is.EqualTo("Year 2024: the latest year in which xiaobeihe has pairs_per_year, output_value and firm_count."));
        var x = c.Rows[0];
        Assert.That(c.Rows.Select(r => r.Year.ToString()).Distinct(), Is.EqualTo(new[] { "2024" }), "one year for every row");
        // 2.6 bn pairs (~2024, Xinhua) / 226 firms (2024) = 11,504,424.78 pairs per firm, not 2.6 bn / 206 (2025) = 12.62 M.
        Assert.That(x["pairs_per_year"].Point, Is.EqualTo(Quantity.Pairs(2_600_000_000m)));
        Assert.That(x["firm_count"].Point, Is.EqualTo(Quantity.Firms(226m)));
        Assert.That(x["pairs_per_firm"].Point!.Value.Value, Is.EqualTo(2_600_000_000m / 226m));
        Assert.That(decimal.Round(x["pairs_per_firm"].Point!.Value.Value / 1_000_000m, 2), Is.EqualTo(11.50m));
        Assert.That(x["pairs_per_firm"].Inputs.Select(f => f.Year.From), Is.All.EqualTo(2024));
        // Nothing for 2024 (or ~2023/~2025): empty, not the latest value.
        var yiwu = c.Rows.Single(r => r.RegionId == "yiwu")["pairs_per_year"];
        Assert.That(yiwu.Point, Is.Null);
    }

    [Test]
    public void A_cluster_lacking_one_indicator_takes_the_latest_year_with_the_most_of_them()
    {
        var figures = new FigureSet([
            F("a", Indicator.PairsPerYear, Quantity.Pairs(10m), ReferenceYear.Exact(2020)),
            F("a", Indicator.FirmCount, Quantity.Firms(2m), ReferenceYear.Exact(2020)),
            F("a", Indicator.PairsPerYear, Quantity.Pairs(12m), ReferenceYear.Approximate(2022)),
            F("a", Indicator.FirmCount, Quantity.Firms(3m), ReferenceYear.Exact(2023)),
        ]);
        var c = Comparison.Create(figures, new ComparisonOptions("a") { Peers = [] });
        Assert.That(c.Year, Is.EqualTo(2020));
        Assert.That(c.Notes[0], Does.Contain("no year has pairs_per_year, output_value and firm_count").And.Contain("pairs_per_year, firm_count"));
        Assert.That(c.Rows[0]["pairs_per_firm"].Point, Is.EqualTo(Quantity.Pairs(10m) / Quantity.Firms(2m)));
    }

    [Test]
    public void Fort_Paynes_suspicious_7_2_billion_is_in_no_rank_derived_cell_or_chart_unless_asked_for()
    {
        foreach (var options in new[] { Options() with { Year = 2000 }, Options() with { LatestOfEach = true } })
        {
            var c = Comparison.Create(Data.Figures, options);
            var cell = c.Rows.Single(r => r.RegionId == "fort-payne")["pairs_per_year"];
            Assert.That((cell.Point, cell.Rank), Is.EqualTo(((Quantity?)null, (int?)null)));
            Assert.That(c.Rows.SelectMany(r => r.Cells).SelectMany(x => x.Inputs).Where(f => f.Status != FigureStatus.Ok), Is.Empty);
            Assert.That(c.Series("pairs_per_year").Select(b => b.RegionId), Has.No.Member("fort-payne"));
            Assert.That(c.Series("pairs_per_firm").Select(b => b.RegionId), Has.No.Member("fort-payne"));
        }
        var in2000 = Comparison.Create(Data.Figures, Options() with { Year = 2000 }).Rows.Single(r => r.RegionId == "fort-payne");
        Assert.That(in2000["pairs_per_year"].Notes, Has.Some.EqualTo("left out: 7.2 billion pairs (~2000), suspicious"));
        Assert.That(in2000["pairs_per_firm"].Point, Is.Null);

        var opted = Comparison.Create(Data.Figures, Options() with { Year = 2000, IncludeSuspicious = true }).Rows.Single(r => r.RegionId == "fort-payne");
        Assert.That(opted["pairs_per_year"].Point, Is.EqualTo(Quantity.Pairs(7_200_000_000m)));
        // The 7.2 bn carries a scope note of its own, the 125 firms (~2000) none: no quotient of different scopes.
        Assert.That(opted["pairs_per_firm"].Point, Is.Null);
        Assert.That(opted["pairs_per_firm"].Notes, Has.Some.StartsWith("inputs of different scopes: pairs_per_year converted from 600 million dozen"));
    }

    [Test]
    public void Mismatched_periods_give_an_empty_share_with_a_note_naming_both()
    {
        // Xiaobeihe's exports are annual (~2022); China's total is for January to September 2023 only.
        var c = Comparison.Create(Data.Figures, Options() with { Year = 2023, Peers = ["datang"] });
        var x = c.Rows[0]["export_value"];
        Assert.That(x.Point, Is.Not.Null);
        Assert.That((x.SharePercent, x.ShareOf), Is.EqualTo(((decimal?)null, (string?)null)));
        Assert.That(x.Notes, Has.Some.Contains("no share of the china total").And.Some.Contains("~2022").And.Some.Contains("2023-01/2023-09"));
        // Datang's exports are for Q1 2023 only: shown with the period, no share, not ranked against the annual figure.
        var d = c.Rows[1]["export_value"];
        Assert.That((d.Year.ToString(), d.SharePercent, d.Rank), Is.EqualTo(("2023-Q1", (decimal?)null, (int?)null)));
        Assert.That(d.Notes, Has.Some.Contains("2023-Q1").And.Some.Contains("no share of the china total"));
        Assert.That(d.Notes, Has.Some.StartWith("not ranked: it covers 2023-Q1"));
    }

    [Test]
    public void A_derived_figure_of_inputs_of_different_periods_is_empty_with_a_note()
    {
        var figures = new FigureSet([
            F("a", Indicator.OutputValue, Quantity.Money(100m, Currency.CNY), ReferenceYear.Exact(2023), period: ReferencePeriod.Quarter(2023, 1)),
            F("a", Indicator.PairsPerYear, Quantity.Pairs(400m), ReferenceYear.Exact(2023)),
            F("a", Indicator.FirmCount, Quantity.Firms(4m), ReferenceYear.Exact(2023)),
        ]);
        var row = Comparison.Create(figures, new ComparisonOptions("a") { Peers = [], Year = 2023 }).Rows[0];
        var cell = row["output_value_per_pair"];
        Assert.That(cell.Point, Is.Null);
        Assert.That(cell.Notes, Has.Some.EqualTo("inputs of different periods: output_value 2023-Q1, pairs_per_year 2023"));
        Assert.That(row["pairs_per_firm"].Point, Is.EqualTo(Quantity.Pairs(400m) / Quantity.Firms(4m)), "same period: divided");
        // A whole-year figure beats a part of the year for the point.
        var both = new FigureSet(figures.Append(F("a", Indicator.OutputValue, Quantity.Money(500m, Currency.CNY), ReferenceYear.Exact(2023), "annual")));
        var mixed = Comparison.Create(both, new ComparisonOptions("a") { Peers = [], Year = 2023 }).Rows[0];
        Assert.That(mixed["output_value"].Point, Is.EqualTo(Quantity.Money(500m, Currency.CNY)));
        Assert.That((mixed["output_value"].Low, mixed["output_value"].High), Is.EqualTo(((decimal?)500m, (decimal?)500m)), "the Q1 figure stays out of the range");
        Assert.That(mixed["output_value_per_pair"].Point!.Value.Value, Is.EqualTo(1.25m));
    }

    [Test]
    public void Max_age_admits_older_figures_marked_with_year_and_age_and_figures_of_the_year_win()
    {
        var figures = new FigureSet([
            F("a", Indicator.PairsPerYear, Quantity.Pairs(10m), ReferenceYear.Exact(2024)),
            F("b", Indicator.PairsPerYear, Quantity.Pairs(30m), ReferenceYear.Exact(2021)),
            F("b", Indicator.PairsPerYear, Quantity.Pairs(20m), ReferenceYear.Exact(2018)),
            F("c", Indicator.PairsPerYear, Quantity.Pairs(5m), ReferenceYear.Exact(2023), "old"),
            F("c", Indicator.PairsPerYear, Quantity.Pairs(7m), ReferenceYear.Approximate(2024), "new"),
        ]);
        var strict = Comparison.Create(figures, new ComparisonOptions("a") { Peers = ["b", "c"], Year = 2024 });
        Assert.That(strict.Rows[1]["pairs_per_year"].Point, Is.Null, "nothing in the window: empty, not the latest");
        var aged = Comparison.Create(figures, new ComparisonOptions("a") { Peers = ["b", "c"], Year = 2024, MaxAge = 3 });
        var b = aged.Rows[1]["pairs_per_year"];
        Assert.That((b.Point, b.Year.ToString(), b.Age), Is.EqualTo(((Quantity?)Quantity.Pairs(30m), "2021", (int?)3)));
        Assert.That(b.Notes, Has.Some.EqualTo("nothing for 2024: the figure of 2021 is used, 3 years older (max age 3)"));
        Assert.That(b.Rank, Is.EqualTo(1));
        var c = aged.Rows[2]["pairs_per_year"];
        Assert.That((c.Point, c.Age), Is.EqualTo(((Quantity?)Quantity.Pairs(7m), (int?)null)), "a figure of the year beats an older one");
        Assert.That(Comparison.Create(figures, new ComparisonOptions("a") { Peers = ["b"], Year = 2024, MaxAge = 2 }).Rows[1]["pairs_per_year"].Point, Is.Null);
        Assert.Throws<ArgumentException>(() => Comparison.Create(figures, new ComparisonOptions("a") { MaxAge = -1 }));
    }

    [Test]
    public void Latest_of_each_shows_every_year_and_leaves_values_more_than_five_years_older_out_of_ranks()
    {
        var figures = new FigureSet([
            F("a", Indicator.PairsPerYear, Quantity.Pairs(10m), ReferenceYear.Exact(2024)),
            F("b", Indicator.PairsPerYear, Quantity.Pairs(30m), ReferenceYear.Exact(2018)),
            F("c", Indicator.PairsPerYear, Quantity.Pairs(50m), ReferenceYear.Exact(2019)),
        ]);
        var c = Comparison.Create(figures, new ComparisonOptions("a") { Peers = ["b", "c"], LatestOfEach = true });
        Assert.That(c.Year, Is.Null);
        Assert.That(c.Rows.Select(r => r.Year.ToString()), Is.EqualTo(new[] { "2024 (latest)", "2018 (latest)", "2019 (latest)" }));
        Assert.That(c.Rows.Select(r => (r.Year.Year, r.Year.IsLatest)), Is.EqualTo(new[] { (ReferenceYear.Exact(2024), true), (ReferenceYear.Exact(2018), true), (ReferenceYear.Exact(2019), true) }));
        var stale = c.Rows[1]["pairs_per_year"];
        Assert.That((stale.Point, stale.Year.ToString(), stale.Rank, stale.RatioToFocal, stale.Age), Is.EqualTo(((Quantity?)Quantity.Pairs(30m), "2018", (int?)null, (decimal?)null, (int?)6)));
        Assert.That(stale.Notes, Has.Some.EqualTo("not ranked: 6 years older than a's 2024 (more than 5)"));
        // 2019 is five years older: ranked, first of the two ranked values.
        Assert.That((c.Rows[2]["pairs_per_year"].Rank, c.Rows[0]["pairs_per_year"].Rank), Is.EqualTo(((int?)1, (int?)2)));
        Assert.Throws<ArgumentException>(() => Comparison.Create(figures, new ComparisonOptions("a") { LatestOfEach = true, Year = 2024 }));
    }

    [Test]
    public void An_empty_cell_says_why_even_when_the_cluster_has_no_usable_figure_at_all()
    {
        var c = Comparison.Create(Data.Figures, Options());
        // Fort Payne's only pairs figure is the suspicious 7.2 bn of ~2000: counted and dated, its value not repeated.
        Assert.That(c.Rows.Single(r => r.RegionId == "fort-payne")["pairs_per_year"].Notes, Is.EqualTo(new[] { "no pairs_per_year figure except 1 suspicious (~2000), left out" }));

        var figures = new FigureSet([
            F("a", Indicator.PairsPerYear, Quantity.Pairs(10m), ReferenceYear.Exact(2024)),
            F("b", Indicator.FirmCount, Quantity.Firms(3m), ReferenceYear.Exact(2024)),
            F("c", Indicator.PairsPerYear, Quantity.Pairs(50m), ReferenceYear.Exact(2016)) with { Status = FigureStatus.Superseded },
            F("c", Indicator.PairsPerYear, Quantity.Pairs(60m), ReferenceYear.Approximate(2012)) with { Status = FigureStatus.Suspicious },
            F("c", Indicator.PairsPerYear, Quantity.Pairs(70m), ReferenceYear.Exact(2024)) with { Status = FigureStatus.Suspicious },
        ]);
        var small = Comparison.Create(figures, new ComparisonOptions("a") { Peers = ["b", "c"], Year = 2024 });
        Assert.That(small.Rows[1]["pairs_per_year"].Notes, Is.EqualTo(new[] { "no pairs_per_year figure" }));
        Assert.That(small.Rows[2]["pairs_per_year"].Notes, Is.EqualTo(new[]
        {
            "left out: 70 pairs (2024), suspicious",
            "no pairs_per_year figure except 1 superseded (2016) and 2 suspicious (~2012, 2024), left out",
        }));
        // Opted in, the doubted figures count like any other.
        var opted = Comparison.Create(figures, new ComparisonOptions("a") { Peers = ["b", "c"], Year = 2024, IncludeSuspicious = true });
        Assert.That((opted.Rows[2]["pairs_per_year"].Point, opted.Rows[2]["pairs_per_year"].Notes), Is.EqualTo(((Quantity?)Quantity.Pairs(70m), Array.Empty<string>())));
    }

    [Test]
    public void The_reason_counts_the_figures_nearest_to_the_year_among_those_counted()
    {
        var figures = new FigureSet([
            F("a", Indicator.PairsPerYear, Quantity.Pairs(10m), ReferenceYear.Exact(2024), "exact"),
            F("a", Indicator.PairsPerYear, Quantity.Pairs(12m), ReferenceYear.Approximate(2023), "approximate"),
        ]);
        var cell = Comparison.Create(figures, new ComparisonOptions("a") { Peers = [], Year = 2024 }).Rows[0]["pairs_per_year"];
        // Both count for 2024 and span the range; the one of 2024 itself is the point.
        Assert.That((cell.Point, cell.Low, cell.High), Is.EqualTo(((Quantity?)Quantity.Pairs(10m), (decimal?)10m, (decimal?)12m)));
        Assert.That(cell.Reason, Is.EqualTo("nearest to 2024 (1 of 2 figures counted): 10 pairs (2024, exact, medium confidence) is the only figure"));
    }

    [Test]
    public void The_readme_examples_of_ages_in_year_cells_hold_for_the_reference_data()
    {
        var aged = Comparison.Create(Data.Figures, Options() with { MaxAge = 3 });
        Assert.That(aged.YearText(aged.Rows.Single(r => r.RegionId == "nara")["pairs_per_year"]), Is.EqualTo("2023 (1 year older)"));
        Assert.That(aged.YearText(aged.Rows.Single(r => r.RegionId == "hyogo")["firm_count"]), Is.EqualTo("~2022 (2 years older)"));
        var latest = Comparison.Create(Data.Figures, Options() with { LatestOfEach = true });
        Assert.That(latest.Rows[0].Year.ToString(), Is.EqualTo("2025 (latest)"));
        Assert.That(latest.YearText(latest.Rows.Single(r => r.RegionId == "hyogo")["pairs_per_year"]), Is.EqualTo("2013 (12 years older, not ranked)"));
    }

    [Test]
    public void Tables_for_people_show_an_older_value_with_its_year_and_age_in_the_cell()
    {
        var figures = new FigureSet([
            F("a", Indicator.PairsPerYear, Quantity.Pairs(10m), ReferenceYear.Exact(2024)),
            F("a", Indicator.FirmCount, Quantity.Firms(2m), ReferenceYear.Exact(2024)),
            F("b", Indicator.PairsPerYear, Quantity.Pairs(30m), ReferenceYear.Exact(2021)),
            F("b", Indicator.FirmCount, Quantity.Firms(3m), ReferenceYear.Exact(2021)),
            F("c", Indicator.PairsPerYear, Quantity.Pairs(50m), ReferenceYear.Exact(2016)),
            F("c", Indicator.FirmCount, Quantity.Firms(5m), ReferenceYear.Exact(2023)),
        ]);
        // MaxAge: b's 2021 figures and c's 2023 firms stand in for 2024, three years and one year older; b's derived pairs
        // per firm is as old as its inputs. a's own values are of the year: no age.
        var aged = Comparison.Create(figures, new ComparisonOptions("a") { Peers = ["b", "c"], Year = 2024, MaxAge = 3 });
        var b = aged.Rows[1];
        Assert.That((b["pairs_per_year"].Age, b["firm_count"].Age, b["pairs_per_firm"].Age), Is.EqualTo(((int?)3, (int?)3, (int?)3)));
        Assert.That(aged.YearText(b["pairs_per_year"]), Is.EqualTo("2021 (3 years older)"));
        Assert.That(aged.YearText(b["pairs_per_firm"]), Is.EqualTo("2021 (3 years older)"));
        Assert.That(aged.YearText(aged.Rows[2]["firm_count"]), Is.EqualTo("2023 (1 year older)"));
        Assert.That(aged.YearText(aged.Rows[0]["pairs_per_year"]), Is.EqualTo("2024"));
        Assert.That(aged.ToText(), Does.Contain("2021 (3 years older)").And.Contain("2023 (1 year older)"));
        Assert.That(aged.ToMarkdown(), Does.Contain("| 2021 (3 years older) |").And.Contain("| 2023 (1 year older) |"));
        var html = aged.ToHtml();
        Assert.That(html, Does.Contain("<td class=\"year\">2021<br><small class=\"age\">3 years older</small></td>"));
        Assert.That(html, Does.Contain("<td class=\"year\">2024</td>"), "a value of the year has no age");
        // c's 2016 is eight years older: beyond MaxAge, so empty, with no age anywhere.
        Assert.That(aged.Rows[2]["pairs_per_year"].Point, Is.Null);
        Assert.That(html, Does.Not.Contain("8 years older"));

        // Latest of each: c's 2016 is more than five years older than a's 2024: its cell says so and that it is not ranked.
        var latest = Comparison.Create(figures, new ComparisonOptions("a") { Peers = ["b", "c"], LatestOfEach = true });
        var stale = latest.Rows[2]["pairs_per_year"];
        Assert.That(latest.YearText(stale), Is.EqualTo("2016 (8 years older, not ranked)"));
        Assert.That(latest.YearText(latest.Rows[1]["firm_count"]), Is.EqualTo("2021"), "three years older is within five: ranked, no age");
        Assert.That(latest.YearText(latest.Rows[2]["firm_count"]), Is.EqualTo("2023"));
        Assert.That(latest.ToText(), Does.Contain("2016 (8 years older, not ranked)"));
        Assert.That(latest.ToMarkdown(), Does.Contain("| 2016 (8 years older, not ranked) |"));
        Assert.That(latest.ToHtml(), Does.Contain("2016<br><small class=\"age\">8 years older, not ranked</small>"));
    }

    [Test]
    public void Pin_on_the_command_line_gives_the_seeds_figures_at_full_precision()
    {
        var (code, csv, _) = CliRunner.Run(["compare", "xiaobeihe", "--pin", "xiaobeihe=seeds/000_c6e03cb025974693.txt", "--format", "csv"]);
        Assert.That(code, Is.EqualTo(0));
        var rows = csv.Split("\r\n").Where(l => l.StartsWith("xiaobeihe,", StringComparison.Ordinal)).Select(l => l.Split(',')).ToList();
        // 3,500,000,000 CNY / 2,200,000,000 pairs = 1.5909... CNY per pair; 2,200,000,000 / 226 = 9,734,513.27... pairs per firm.
        Assert.That(rows.Single(r => r[5] == "output_value_per_pair")[6], Is.EqualTo((3_500_000_000m / 2_200_000_000m).ToString(CultureInfo.InvariantCulture)).And.StartWith("1.5909"));
        Assert.That(rows.Single(r => r[5] == "pairs_per_firm")[6], Is.EqualTo((2_200_000_000m / 226m).ToString(CultureInfo.InvariantCulture)).And.StartWith("9734513.27"));

        // Repeatable, by URL for a peer; a source that gives no figure of its cluster is an error of the data (exit 1).
        var (twice, both, _) = CliRunner.Run(["compare", "xiaobeihe", "--peers", "datang", "--pin", "xiaobeihe=seeds/000_c6e03cb025974693.txt",
            "--pin", "datang=https://www.theage.com.au/news/Business/China-dominates-global-sock-market/2004/12/26/1103996435109.html", "--year", "2004", "--format", "csv"]);
        Assert.That(twice, Is.EqualTo(0));
        Assert.That(both, Does.Contain("datang,Datang").And.Contain(",pairs_per_year,9000000000,"));
        var (missing, _, error) = CliRunner.Run(["compare", "xiaobeihe", "--pin", "xiaobeihe=no-such-source"]);
        Assert.That(missing, Is.EqualTo(1));
        Assert.That(error, Does.Contain("--pin xiaobeihe=no-such-source: no figure of 'xiaobeihe' comes from that source").And.Contain("seeds/000_c6e03cb025974693.txt"));
        // The arguments alone decide (exit 2): no '=', or --year with --latest, or a negative age.
        Assert.That(CliRunner.Run(["compare", "xiaobeihe", "--pin", "xiaobeihe"]).Code, Is.EqualTo(2));
        Assert.That(CliRunner.Run(["compare", "xiaobeihe", "--year", "2024", "--latest"]).Code, Is.EqualTo(2));
        Assert.That(CliRunner.Run(["compare", "xiaobeihe", "--max-age", "-1"]).Code, Is.EqualTo(2));
    }

    [Test]
    public void Include_suspicious_latest_and_max_age_reach_the_comparison_from_the_command_line()
    {
        var (code, csv, _) = CliRunner.Run(["compare", "xiaobeihe", "--peers", "fort-payne", "--latest", "--include-suspicious", "--format", "csv"]);
        Assert.That(code, Is.EqualTo(0));
        Assert.That(csv, Does.Contain("fort-payne,Fort Payne,,false,").And.Contain(",pairs_per_year,7200000000,"));
        Assert.That(csv, Does.Contain("not ranked: 25 years older than xiaobeihe's 2025"));
        var (aged, agedCsv, _) = CliRunner.Run(["compare", "xiaobeihe", "--peers", "nara", "--max-age", "11", "--format", "csv"]);
        Assert.That(aged, Is.EqualTo(0));
        Assert.That(agedCsv, Does.Contain("nothing for 2024: the figure of 2013 is used, 11 years older (max age 11)"));
    }

    [Test]
    public void The_year_of_a_value_is_data_the_tables_render_and_the_charts_read()
    {
        var figures = new FigureSet([
            F("a", Indicator.OutputValue, Quantity.Money(600m, Currency.CNY), ReferenceYear.Exact(2024)),
            F("a", Indicator.PairsPerYear, Quantity.Pairs(30m), ReferenceYear.Approximate(2023)),
            F("b", Indicator.PairsPerYear, Quantity.Pairs(40m), ReferenceYear.Exact(2024), period: ReferencePeriod.Quarter(2024, 1)),
        ]);
        var c = Comparison.Create(figures, new ComparisonOptions("a") { Peers = ["b"], Year = 2024, Derived = [DerivedMetric.OutputValuePerPair] });
        var perPair = c.Rows[0]["output_value_per_pair"];
        Assert.That((perPair.Year.Year, perPair.Year.Period, perPair.Year.OtherYear, perPair.Year.IsLatest),
            Is.EqualTo((ReferenceYear.Exact(2024), (ReferencePeriod?)null, ReferenceYear.Approximate(2023), false)), "a derived value of inputs of two years keeps both");
        Assert.That(perPair.Year.ToString(), Is.EqualTo("2024 / ~2023"));
        Assert.That(perPair.Year.PlainLabels(), Is.EqualTo(new[] { "2024", "2023" }), "labels for a chart carry no approximate marker");
        var pairs = c.Rows[0]["pairs_per_year"];
        Assert.That((pairs.Year.Year, pairs.Year.OtherYear.IsKnown, pairs.Year.ToString()), Is.EqualTo((ReferenceYear.Approximate(2023), false, "~2023")));
        var quarter = c.Rows[1]["pairs_per_year"];
        Assert.That((quarter.Year.Period, quarter.Year.ToString(), quarter.Year.PlainLabels().Single()), Is.EqualTo(((ReferencePeriod?)ReferencePeriod.Quarter(2024, 1), "2024-Q1", "2024-Q1")));
        var none = c.Rows[1]["output_value_per_pair"];
        Assert.That((none.Point, none.Year, none.Year.IsKnown, none.Year.ToString(), none.Year.PlainLabels().Count()), Is.EqualTo(((Quantity?)null, ComparisonYear.None, false, "", 0)));
        Assert.That(c.Rows.Select(r => (r.Year.ToString(), r.Year.IsLatest)), Is.EqualTo(new[] { ("2024", false), ("2024", false) }));
        Assert.That(c.ToText(), Does.Contain("2024 / ~2023"), "the renderers show the year as the tables always did");
    }
}
