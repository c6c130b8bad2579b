#:package ClusterStats@*-*
// Xiaobeihe against the other sock clusters: the notebook xiaobeihe.ipynb as a script, for the .NET 10 SDK alone (no notebook kernel).
// Run it with `dotnet run xiaobeihe.cs` (the page goes to xiaobeihe.html) or `dotnet run xiaobeihe.cs -- <page.html>`.
// The text and the results are the notebook's, in the same order; the page is one self-contained HTML file.
using ClusterStats;
using ClusterStats.Plotting;

var output = Path.GetFullPath(args.Length > 0 ? args[0] : "xiaobeihe.html");
var page = new AnalysisPage("Xiaobeihe, the \"China Famous Sock Town\", against the other sock clusters");
page.Markdown("""
In July 2024 a Chinese textile news site (read here in its Japanese edition, `seeds/000_c6e03cb025974693.txt`) reported
that **Xiaobeihe** (小北河镇, Liaoyang County, Liaoning) has **226 sock firms** that make **2.2 billion pairs a year worth
3.5 billion yuan**, second in China for cotton socks. This notebook puts those figures next to what other sources say,
shows where they disagree, and compares Xiaobeihe with every other sock and hosiery cluster in the ClusterStats
reference dataset — each number with its unit, reference year and source.

The first cell loads the `ClusterStats` package; its notebook extension makes tables and charts display inline.
""");

page.Markdown("""
## Every figure on Xiaobeihe, with its source

`ReferenceData.Load()` reads the cited reference dataset embedded in the package. Each row is one figure as one
source states it: the value for people and in plain digits, unit, qualifier ("more than", "nearly"), reference year
(`~` marks an approximate year; the seed article gives none, so its figures are dated to its publication, 2024,
approximately), scope notes, and a numbered link to the source with its confidence.
""");

var data = ReferenceData.Load();
var xiaobeihe = data.Figures.Where(regionId: "xiaobeihe");
page.Add(xiaobeihe);

page.Markdown("""
## Where sources disagree

The seed's 2.2 billion pairs is not found in any other source: Xinhua and the Liaoning Daily give 2.5 billion
(2021–2023) and 2.6 billion (2024). `Conflicts()` gives one conflict per indicator, scope and stated year whose values
differ by more than 5 % (here ~2024: 2.2 against 2.6 billion), and lists apart, as possible conflicts, pairs of adjacent
years with an approximate year (2.5 billion in 2023 against 2.2 billion, ~2024). Undated figures are listed beside a
conflict, never silently matched to a year.
""");

page.Add(xiaobeihe.Conflicts());

page.Markdown("""
## One number, and the range behind it

When a single number is needed, a documented policy picks it and says why; the range over sources stays visible.
""");

var pairs = xiaobeihe.Where(indicator: Indicator.PairsPerYear);
var best = pairs.BestEstimate()!;
var range = pairs.Where(f => f.Year.Overlaps(2024, 2024)).Range()!;
page.Text($"Best estimate: {best.Reason}. Range of the 2024 sources: {range}.");

page.Markdown("""
## Xiaobeihe against every other sock cluster, in US dollars

`Comparison.Create` compares every cluster in one year (2024: the latest year with Xiaobeihe's pairs, output value and
firm count; suspicious figures left out), derives output value per pair, per firm and pairs per
firm, ranks the clusters, and converts money through US dollars at the Fed's annual average rates. Years without an
annual rate (2024) use the nearest year's rate, and every converted cell names the rate it used. Ranges show where the
sources of a cell disagree; the numbers in brackets link to the sources below the table.
""");

var options = new ComparisonOptions("xiaobeihe")
{
    Regions = data.Regions,
    Rates = data.ExchangeRates,
    Currency = Currency.USD,
    RatePolicy = MissingRatePolicy.NearestYear,
};
var comparison = Comparison.Create(data.Figures, options);
page.Add(comparison);

page.Markdown("""
## The seed article's own numbers

Pinning the seed as the source for Xiaobeihe reproduces the article's arithmetic: 3.5 billion yuan / 2.2 billion pairs
= 1.59 yuan per pair, and 2.2 billion pairs / 226 firms = 9.7 million pairs per firm.
""");

var seedOnly = Comparison.Create(data.Figures, new ComparisonOptions("xiaobeihe")
{
    Regions = data.Regions,
    Peers = ["datang", "liaoyuan"],
}.PinSource("xiaobeihe", "seeds/000_c6e03cb025974693.txt"));
var row = seedOnly.Rows.Single(r => r.RegionId == "xiaobeihe");
var perPair = row["output_value_per_pair"].Point!.Value;
var perFirm = row["pairs_per_firm"].Point!.Value;
// For a table rounded to 4 significant digits and marked ≈, the unit named once; the CSV and the API keep full precision.
page.Text($"Output value per pair {FigureFormat.ForPeople(perPair, precision: FigurePrecision.Table)}, pairs per firm {FigureFormat.ForPeople(perFirm, precision: FigurePrecision.Table)} (full precision: {perPair}, {perFirm})");

page.Markdown("""
## Charts with Chinese labels

Pairs per year for every cluster (Xiaobeihe highlighted, whiskers where sources disagree), and Xiaobeihe's output
over the years as each source reports it.
""");

page.Add(Charts.Comparison(comparison, "pairs_per_year"));

page.Add(Charts.TimeSeries(data.Figures, "xiaobeihe", Indicator.PairsPerYear, "小北河镇 Xiaobeihe: 袜子年产量 pairs of socks per year"));

Console.WriteLine(page.Save(output));
