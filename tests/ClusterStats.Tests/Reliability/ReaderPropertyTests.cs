using System.Globalization;
using System.Numerics;
using System.Text;
using ClusterStats.Extraction;
using ClusterStats.Indices;
using ClusterStats.Microdata;
using FsCheck;

// FsCheck supplies the arguments of [FsCheck.NUnit.Property] methods; the NUnit analyzer does not know that.
#pragma warning disable NUnit1027

namespace ClusterStats.Tests.Reliability;

/// <summary>
/// Properties over every reader, the figure parser and the extractor, with fixed seeds and small counts: any input
/// gives a result or a documented <see cref="ClusterStatsException"/>, never another exception; what is written reads
/// back equal; a number read is the text's exact value or refused.
/// </summary>
public class ReaderPropertyTests
{
    private const string FigureHeader = "cluster,indicator,value,unit,year,source_title,confidence\n";
    private const string RateHeader = "year,month,currency,per_amount,per_currency,rate,derived,source_title,source_url,publisher,published,quote,confidence,original_unit,origin,notes\n";
    private const string RegionHeader = "id,kind,name_en,name_zh,name_ja,country,province,city,county,town,product_focus,source_region\n";

    // Pieces that steer random text towards the readers' edge cases.
    private static readonly string[] Pieces =
    [
        ",", "\"", "\"\"", "\n", "\r\n", "\r", "\0", "\u0001", "\uFEFF", "\uD800", "🧦", "亿", "2200000000", "2200000000.0", "-0", "1e9",
        "79228162514264337593543950335", "1.00000000000000000000000000001", "xiaobeihe", "pairs_per_year", "pairs", "CNY", "2024", "low",
        "=SUM(A1)", "'=x", "NA", "USD", "true", "cluster", "6.9081", "region", "industry", "value",
    ];

    private static string Steered(int[] choices, string free)
    {
        var sb = new StringBuilder();
        foreach (int c in choices ?? []) sb.Append(Pieces[(int)((uint)c % (uint)Pieces.Length)]);
        return sb.Append(free).ToString();
    }

    // Runs a reader; true when it gave a result or a ClusterStatsException. Any other exception fails the property.
    private static bool ResultOrDocumentedError(Action read)
    {
        try
        {
            read();
        }
        catch (ClusterStatsException)
        {
            // Documented.
        }
        return true;
    }

    [FsCheck.NUnit.Property(MaxTest = 150, Replay = "20261129,3")]
    public bool Figure_csv_bytes_read_or_fail_with_a_documented_error(byte[] bytes, bool collect, byte encoding) =>
        ResultOrDocumentedError(() => FigureCsv.Read(bytes ?? [], "p.csv", new CsvReadOptions { CollectAllErrors = collect, Encoding = (CsvEncoding)(encoding % 3) }));

    [FsCheck.NUnit.Property(MaxTest = 150, Replay = "20261129,5")]
    public bool Figure_csv_text_read_or_fail_with_a_documented_error(int[] choices, string free) =>
        ResultOrDocumentedError(() => FigureCsv.Read(Encoding.UTF8.GetBytes(FigureHeader + Steered(choices, free ?? "")), "p.csv"));

    [FsCheck.NUnit.Property(MaxTest = 100, Replay = "20261129,7")]
    public bool Exchange_rate_csv_reads_or_fails_with_a_documented_error(int[] choices, string free) =>
        ResultOrDocumentedError(() => ExchangeRateCsv.Read(Encoding.UTF8.GetBytes(RateHeader + Steered(choices, free ?? "")), "r.csv"));

    [FsCheck.NUnit.Property(MaxTest = 100, Replay = "20261129,9")]
    public bool Region_csv_reads_or_fails_with_a_documented_error(int[] choices, string free) =>
        ResultOrDocumentedError(() => RegionCsv.Read(Encoding.UTF8.GetBytes(RegionHeader + Steered(choices, free ?? "")), "g.csv"));

    [FsCheck.NUnit.Property(MaxTest = 100, Replay = "20261129,11")]
    public bool Matrix_and_panel_csv_read_or_fail_with_a_documented_error(int[] choices, string free, bool withYear)
    {
        var text = (withYear ? "region,industry,year,value\n" : "region,industry,value\n") + Steered(choices, free ?? "");
        return ResultOrDocumentedError(() =>
        {
            var table = Internal.CsvTable.Parse(text, "m.csv");
            if (withYear) RegionIndustryPanel.FromTable(table, "value");
            else RegionIndustryMatrix.FromTable(table, "value");
        });
    }

    [FsCheck.NUnit.Property(MaxTest = 60, Replay = "20261129,13")]
    public bool Microdata_reads_or_fails_with_a_documented_error(int[] choices, string free, byte[] raw)
    {
        var path = Path.GetTempFileName();
        var output = path + ".out.csv";
        try
        {
            File.WriteAllBytes(path, [.. "region,industry,year,n,v\n"u8.ToArray(), .. Encoding.UTF8.GetBytes(Steered(choices, free ?? "")), .. raw ?? []]);
            var spec = new MicrodataAggregation
            {
                Keys = [MicrodataKey.Text("region"), MicrodataKey.Integer("year")],
                Sums = [MicrodataSum.Long("n"), MicrodataSum.Decimal("v")],
                Labels = [new MicrodataLabel("region", "industry")],
                Parallelism = 1,
            };
            return ResultOrDocumentedError(() => MicrodataReader.Aggregate(path, spec).WriteCsv(output));
        }
        finally
        {
            File.Delete(path);
            File.Delete(output);
        }
    }

    [FsCheck.NUnit.Property(MaxTest = 200, Replay = "20261129,15")]
    public bool The_parser_never_throws_from_TryParse_and_TryParseAt(int[] choices, string free, int start)
    {
        var text = Steered(choices, free ?? "");
        _ = QualifiedQuantity.TryParse(text);
        if (text.Length > 0) _ = QualifiedQuantity.TryParseAt(text, (int)((uint)start % (uint)text.Length));
        return ResultOrDocumentedError(() => QualifiedQuantity.Parse(text));
    }

    [FsCheck.NUnit.Property(MaxTest = 100, Replay = "20261129,17")]
    public bool The_extractor_never_throws_and_its_spans_lie_in_the_text(int[] choices, string free)
    {
        var text = Steered(choices, free ?? "");
        foreach (var c in new FigureExtractor().Extract(text, new ArticleInfo("p")))
        {
            if (c.FigureStart < 0 || c.FigureEnd > text.Length || c.FigureStart > c.FigureEnd) return false;
            if (c.QuoteStart < 0 || c.QuoteEnd > text.Length || c.QuoteStart > c.QuoteEnd) return false;
        }
        return true;
    }

    [FsCheck.NUnit.Property(MaxTest = 200, Replay = "20261129,19")]
    public bool A_figure_written_reads_back_equal(long mantissa, byte scale, bool target, byte qualifier, NonNegativeInt year)
    {
        ulong m = (ulong)Math.Abs(mantissa % (1L << 62));
        var value = new decimal((int)(uint)m, (int)(uint)(m >> 32), 0, mantissa < 0, (byte)(scale % 29));
        var figure = new Figure("xiaobeihe", new Indicator("trade_balance"), Quantity.Money(value, Currency.USD), (Qualifier)(qualifier % 5), target, null,
            ReferenceYear.Range(1000 + year.Get % 9000, 1000 + year.Get % 9000, approximate: false), new Source("=title", null, "", null, "", Confidence.Low));
        var back = FigureCsv.Read(Encoding.UTF8.GetBytes(FigureCsv.ToCsv([figure])), "rt.csv").Single();
        return back == figure && back.Quantity.Value.ToString(CultureInfo.InvariantCulture) == value.ToString(CultureInfo.InvariantCulture);
    }

    // The exact value of plain digits as a fraction numerator / 10^scale.
    private static (BigInteger Numerator, int Scale) Exact(string text)
    {
        bool negative = text.StartsWith('-');
        var digits = text.TrimStart('-', '+');
        int dot = digits.IndexOf('.', StringComparison.Ordinal);
        int scale = dot < 0 ? 0 : digits.Length - dot - 1;
        var n = BigInteger.Parse("0" + digits.Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        return (negative ? -n : n, scale);
    }

    private static bool SameValue((BigInteger N, int S) a, (BigInteger N, int S) b)
    {
        int s = Math.Max(a.S, b.S);
        return a.N * BigInteger.Pow(10, s - a.S) == b.N * BigInteger.Pow(10, s - b.S);
    }

    private static string Digits(byte[] digits, int count) =>
        new(Enumerable.Range(0, count).Select(i => (char)('0' + (digits is { Length: > 0 } ? digits[i % digits.Length] : i) % 10)).ToArray());

    [FsCheck.NUnit.Property(MaxTest = 300, Replay = "20261129,21")]
    public bool A_figure_value_is_the_texts_exact_value_or_refused(byte[] digits, byte integerDigits, byte fractionDigits, bool negative)
    {
        var text = (negative ? "-" : "") + Digits(digits, 1 + integerDigits % 34) + (fractionDigits % 35 == 0 ? "" : "." + Digits(digits?.Reverse().ToArray() ?? [], fractionDigits % 35));
        try
        {
            var value = FigureCsv.Read(Encoding.UTF8.GetBytes(FigureHeader + "xiaobeihe,trade_balance," + text + ",USD,2024,Seed,low\n"), "v.csv").Single().Quantity.Value;
            return SameValue(Exact(value.ToString(CultureInfo.InvariantCulture)), Exact(text));
        }
        catch (InputException e)
        {
            return e.Errors.Single().Expected.StartsWith("a number a decimal holds exactly", StringComparison.Ordinal);
        }
    }

    [FsCheck.NUnit.Property(MaxTest = 60, Replay = "20261129,23")]
    public bool A_microdata_sum_is_exact_or_an_error_whatever_the_row_order(byte[][] rows, int rotate)
    {
        var values = (rows ?? []).Where(r => r is not null).Take(12)
            .Select((r, i) => (i % 3 == 0 ? "-" : "") + Digits(r, 1 + r.Length % 27) + (r.Length % 4 == 0 ? "" : "." + Digits(r, (r.Length * 7) % 29)))
            .ToList();
        if (values.Count == 0) return true;
        var exact = values.Select(Exact).Aggregate((BigInteger.Zero, 0), (acc, v) =>
        {
            int s = Math.Max(acc.Item2, v.Scale);
            return (acc.Item1 * BigInteger.Pow(10, s - acc.Item2) + v.Numerator * BigInteger.Pow(10, s - v.Scale), s);
        });
        string? Outcome(IEnumerable<string> order)
        {
            var path = Path.GetTempFileName();
            try
            {
                File.WriteAllText(path, "g,v\n" + string.Concat(order.Select(v => "a," + v + "\n")));
                var spec = new MicrodataAggregation { Keys = [MicrodataKey.Text("g")], Sums = [MicrodataSum.Decimal("v")], Parallelism = 1 };
                var sum = MicrodataReader.Aggregate(path, spec).GetDecimal(0, 0);
                return SameValue(Exact(sum.ToString(CultureInfo.InvariantCulture)), exact) ? "exact" : "WRONG " + sum.ToString(CultureInfo.InvariantCulture);
            }
            catch (ClusterStatsException e)
            {
                return e is InputException m ? "refused value " + m.Error.Found : "refused sum";
            }
            finally
            {
                File.Delete(path);
            }
        }
        int k = (int)((uint)rotate % (uint)values.Count);
        var first = Outcome(values);
        var second = Outcome(values.Skip(k).Concat(values.Take(k)).Reverse());
        return first is not null && !first.StartsWith("WRONG", StringComparison.Ordinal)
            && (first == second || (first.StartsWith("refused value", StringComparison.Ordinal) && second!.StartsWith("refused value", StringComparison.Ordinal)));
    }
}
