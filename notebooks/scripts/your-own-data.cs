#:package ClusterStats@*-*
// Your own figures: load, validate, fix, compare: the notebook your-own-data.ipynb as a script, for the .NET 10 SDK alone (no notebook kernel).
// Run it with `dotnet run your-own-data.cs` (the page goes to your-own-data.html) or `dotnet run your-own-data.cs -- <page.html>`.
// The text and the results are the notebook's, in the same order; the page is one self-contained HTML file.
using ClusterStats;

var output = Path.GetFullPath(args.Length > 0 ? args[0] : "your-own-data.html");
// The notebook's relative paths are relative to the notebooks folder, one up from this script.
var notebooks = Path.GetFullPath(Path.Combine((string)AppContext.GetData("EntryPointFileDirectoryPath")!, ".."));
Directory.SetCurrentDirectory(notebooks);
var page = new AnalysisPage("Your own figures: load, validate, fix, compare");
page.Markdown("""
Analysts keep their own spreadsheets. This notebook loads a county office's export of Xiaobeihe figures
(`data/county-office-figures.csv`, UTF-8), shows every problem ClusterStats finds — with file, line, column, the text
found and what was expected — fixes them, reads a GB18030 export of the same file, and compares the result with the
other sock clusters of the reference dataset. Nothing is padded, coerced or dropped silently.
""");

page.Markdown("""
## Validate: every problem at once

`CollectAllErrors` gathers every problem into one report instead of stopping at the first.
""");

var path = "data/county-office-figures.csv";
var problems = FigureCsv.Validate(File.ReadAllBytes(path), path);
page.Text(string.Join("\n", problems));

page.Markdown("""
The file has a value written the way the article wrote it (`35亿`), a unit word instead of a unit code (`双`), and a
row whose last cell is missing. Reading it strictly throws the same errors:
""");

try
{
    FigureCsv.Read(path, new CsvReadOptions { CollectAllErrors = true });
    throw new InvalidOperationException("The county office's file was read without an error: the page would show no problem.");
}
catch (InputException e)
{
    page.Text($"{e.Errors.Count} problems; the first: {e.Errors[0]}");
}

page.Markdown("""
## Fix and read again

Plain digits for the value, the unit code `pairs`, and the missing confidence (`high`, as for the other Xinhua rows).
The fixed figures carry their sources through.
""");

var fixedText = File.ReadAllText(path)
    .Replace(",35亿,", ",3500000000,", StringComparison.Ordinal)
    .Replace(",双,", ",pairs,", StringComparison.Ordinal)
    .Replace(",电脑织袜机2.3万台\n", ",电脑织袜机2.3万台,high\n", StringComparison.Ordinal);
var mine = FigureCsv.Read(System.Text.Encoding.UTF8.GetBytes(fixedText), "county-office-figures (fixed).csv");
page.Add(mine);

page.Markdown("""
## A GB18030 export

Spreadsheets on Chinese Windows often save GB18030. Read as UTF-8 it is an error that names the option to use; with
the option it reads the same figures.
""");

var gbPath = "data/county-office-figures-gb18030.csv";
var asUtf8 = FigureCsv.Validate(File.ReadAllBytes(gbPath), gbPath);
var gb = FigureCsv.Read(gbPath, new CsvReadOptions { Encoding = CsvEncoding.GB18030 });
page.Text($"As UTF-8: {asUtf8[0]}\nAs GB18030: {gb.Count} figures, the same as the fixed UTF-8 file: {gb.SequenceEqual(mine)}");

page.Markdown("""
## Compare with the other sock clusters

The county office's figures replace the reference dataset's figures for Xiaobeihe; the peers keep theirs.
Output value is shown in yuan.
""");

var data = ReferenceData.Load();
var figures = new FigureSet(data.Figures.Where(f => f.RegionId != "xiaobeihe").Concat(mine));
var comparison = Comparison.Create(figures, new ComparisonOptions("xiaobeihe")
{
    Regions = data.Regions,
    Rates = data.ExchangeRates,
    Currency = Currency.CNY,
    RatePolicy = MissingRatePolicy.NearestYear,
});
page.Add(comparison);

Console.WriteLine(page.Save(output));
