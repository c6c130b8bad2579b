using System.Text;
using ClusterStats.Indices;
using ClusterStats.Microdata;

namespace ClusterStats.Tests.Reliability;

/// <summary>Every reader takes a number's exact value or refuses the text; nothing is rounded, cut at a NUL or coerced.</summary>
public class ExactNumberTests
{
    private const string Header = "cluster,indicator,value,unit,year,source_title,confidence\n";

    private static FigureSet ReadValue(string value) =>
        FigureCsv.Read(Encoding.UTF8.GetBytes(Header + "xiaobeihe,trade_balance," + value + ",USD,2024,Seed,low\n"), "f.csv");

    [TestCase("7922816251426433759354395033.56")]
    [TestCase("1.00000000000000000000000000001")]
    [TestCase("0.00000000000000000000000000001")]
    [TestCase("79228162514264337593543950336")]
    [TestCase("-79228162514264337593543950336")]
    [TestCase("123456789012345678901234567890")]
    [TestCase("3.14159265358979323846264338327950")]
    public void A_figure_value_a_decimal_would_round_is_refused(string value)
    {
        var ex = Assert.Throws<InputException>(() => ReadValue(value));
        Assert.That(ex!.Errors.Single().Column, Is.EqualTo("value"));
        Assert.That(ex.Errors.Single().Found, Is.EqualTo(value));
        Assert.That(ex.Errors.Single().Expected, Does.StartWith("a number a decimal holds exactly"));
    }

    [TestCase("22\0")]
    [TestCase("2\u00002")]
    [TestCase("\u000122")]
    [TestCase("22\u001F")]
    [TestCase("22\u007F")]
    [TestCase("２２")]
    [TestCase("22e3")]
    [TestCase("0x16")]
    [TestCase("1_000")]
    [TestCase("+-22")]
    [TestCase(".")]
    [TestCase("22..0")]
    public void A_figure_value_with_control_characters_or_other_forms_is_refused(string value)
    {
        var ex = Assert.Throws<InputException>(() => ReadValue(value));
        Assert.That(ex!.Errors.Single().Expected, Does.StartWith("a number in plain invariant digits"));
    }

    [TestCase("79228162514264337593543950335", "79228162514264337593543950335")]
    [TestCase("-79228162514264337593543950335", "-79228162514264337593543950335")]
    [TestCase("7.9228162514264337593543950335", "7.9228162514264337593543950335")]
    [TestCase("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [TestCase("1.000000000000000000000000000000000", "1.0000000000000000000000000000")]
    [TestCase("000000000000000000000000000000000042", "42")]
    [TestCase("2200000000.0", "2200000000.0")]
    [TestCase("-0", "0")]
    [TestCase(".5", "0.5")]
    public void A_figure_value_a_decimal_holds_is_read_exactly(string text, string expected)
    {
        Assert.That(ReadValue(text).Single().Quantity.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(expected));
    }

    [TestCase("22\0")]
    [TestCase("NaN")]
    [TestCase("Infinity")]
    [TestCase("1e400")]
    [TestCase(" 1 2")]
    [TestCase("1'000")]
    public void A_matrix_value_that_is_not_a_plain_finite_number_is_refused(string value)
    {
        var text = "region,industry,value\nr1,i1," + value + "\n";
        var ex = Assert.Throws<InputException>(() => RegionIndustryMatrix.FromTable(Internal.CsvTable.Parse(text, "m.csv"), "value"));
        Assert.That((ex!.Errors.Single().Line, ex.Errors.Single().Column), Is.EqualTo((2L, "value")));
    }

    [TestCase("1e3", 1000.0)]
    [TestCase("-2.5E-1", -0.25)]
    [TestCase("17", 17.0)]
    public void A_matrix_value_in_plain_or_exponent_form_is_read(string value, double expected)
    {
        var text = "region,industry,value\nr1,i1," + value + "\n";
        var m = RegionIndustryMatrix.FromTable(Internal.CsvTable.Parse(text, "m.csv"), "value");
        Assert.That(m[0, 0], Is.EqualTo(expected));
    }

    private static string TempCsv(string text)
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private static readonly MicrodataAggregation Money = new()
    {
        Keys = [MicrodataKey.Text("g")],
        Sums = [MicrodataSum.Decimal("v")],
        Parallelism = 1,
    };

    private static MicrodataTable Sum(params string[] values) =>
        MicrodataReader.Aggregate(TempCsv("g,v\n" + string.Concat(values.Select(v => "a," + v + "\n"))), Money);

    [TestCase("0.0001", "99999999999999999999999999.99")]
    [TestCase("0.000000000000000000000000001", "9999999999999999999999999.99")]
    [TestCase("0.5", "79228162514264337593543950335")]
    [TestCase("79228162514264337593543950335", "1")]
    [TestCase("0.0000000000000000000000000001", "1.5", "-1.5", "10")]
    public void A_microdata_sum_no_decimal_holds_is_an_error_in_every_row_order(params string[] values)
    {
        foreach (var order in new[] { values, values.Reverse().ToArray() })
        {
            var table = Sum(order);
            var ex = Assert.Throws<ClusterStatsException>(() => table.GetDecimal(0, 0), string.Join(" + ", order));
            Assert.That(ex!.Message, Does.Contain("column 'v'").And.Contain("g a").And.Contain("it is not rounded"));
        }
    }

    [Test]
    public void The_inexact_sum_error_comes_before_any_output_file_is_written()
    {
        var table = Sum("0.0001", "99999999999999999999999999.99");
        var output = Path.Combine(Path.GetTempPath(), "exact-" + Guid.NewGuid().ToString("N") + ".csv");
        Assert.Throws<ClusterStatsException>(() => table.WriteCsv(output));
        Assert.That(File.Exists(output), Is.False);
    }

    [TestCase(new[] { "0.0000000000000000000000000001", "-0.0000000000000000000000000001", "5" }, "5.0000000000000000000000000000")]
    [TestCase(new[] { "99999999999999999999999999.99", "-99999999999999999999999999.99", "0.01" }, "0.01")]
    [TestCase(new[] { "39614081257132168796771975167", "39614081257132168796771975168" }, "79228162514264337593543950335")]
    [TestCase(new[] { "0.1", "0.00000000000000000000000001" }, "0.10000000000000000000000001")]
    [TestCase(new[] { "12345678901234567890.12", "0.0001" }, "12345678901234567890.1201")]
    public void A_microdata_sum_a_decimal_holds_is_exact_in_every_row_order(string[] values, string expected)
    {
        foreach (var order in new[] { values, values.Reverse().ToArray() })
        {
            Assert.That(Sum(order).GetDecimal(0, 0).ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(expected), string.Join(" + ", order));
        }
    }

    [TestCase("0.0001,99999999999999999999999999.99,1", null)]
    [TestCase("0.000000000000000000000000001,-0.000000000000000000000000001,12345678901234567890.1234,0.0001", "12345678901234567890.123500000")]
    [TestCase("99999999999999999999.99,-99999999999999999999.99,0.5,0.25", "0.75")]
    public void A_microdata_sum_is_the_same_whichever_ranges_the_threads_read(string values, string? expected)
    {
        var path = TempCsv("g,v\n" + string.Concat(values.Split(',').Select(v => "a," + v + "\n")));
        long length = new FileInfo(path).Length;
        for (long cut = 4; cut < length; cut++)
        {
            var table = MicrodataReader.Aggregate(path, Money with { Parallelism = 2 }, [cut]);
            if (expected is null) Assert.Throws<ClusterStatsException>(() => table.GetDecimal(0, 0), $"cut at {cut}");
            else Assert.That(table.GetDecimal(0, 0).ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(expected), $"cut at {cut}");
        }
    }

    [TestCase("1.00000000000000000000000000001")]
    [TestCase("7922816251426433759354395033.56")]
    [TestCase("22\0")]
    [TestCase("99999999999999999999\0")]
    public void A_microdata_value_a_decimal_would_round_or_cut_is_a_bad_row(string value)
    {
        var ex = Assert.Throws<InputException>(() => Sum("1", value));
        Assert.That((ex!.Error.Line, ex.Error.Column), Is.EqualTo((3L, "v")));
    }

    [TestCase("22\0")]
    [TestCase("9223372036854775808")]
    [TestCase("-9223372036854775809")]
    [TestCase("99999999999999999999")]
    public void A_microdata_whole_number_beyond_64_bits_or_with_control_characters_is_a_bad_row(string value)
    {
        var path = TempCsv("g,n\na," + value + "\n");
        var spec = new MicrodataAggregation { Keys = [MicrodataKey.Text("g")], Sums = [MicrodataSum.Long("n")], Parallelism = 1 };
        var ex = Assert.Throws<InputException>(() => MicrodataReader.Aggregate(path, spec));
        Assert.That(ex!.Error.Column, Is.EqualTo("n"));
    }

    [TestCase("9223372036854775807")]
    [TestCase("-9223372036854775808")]
    [TestCase("+0000000000000000000000000042")]
    public void A_microdata_whole_number_within_64_bits_is_read_exactly(string value)
    {
        var path = TempCsv("g,n\na," + value + "\n");
        var spec = new MicrodataAggregation { Keys = [MicrodataKey.Text("g")], Sums = [MicrodataSum.Long("n")], Parallelism = 1 };
        Assert.That(MicrodataReader.Aggregate(path, spec).GetLong(0, 0), Is.EqualTo(long.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }
}

/// <summary>Sums and differences of quantities are exact or an error; products beyond the range are an error, not a bare OverflowException.</summary>
public class ExactArithmeticTests
{
    private static readonly decimal Max = decimal.MaxValue;

    private static IEnumerable<TestCaseData> Inexact()
    {
        yield return new TestCaseData(new Action(() => _ = Quantity.Pairs(Max) + Quantity.Pairs(0.1m))).SetName("max + 0.1 rounds");
        yield return new TestCaseData(new Action(() => _ = Quantity.Pairs(Max) + Quantity.Pairs(1m))).SetName("max + 1 overflows");
        yield return new TestCaseData(new Action(() => _ = Quantity.Pairs(-Max) - Quantity.Pairs(1m))).SetName("-max - 1 overflows");
        yield return new TestCaseData(new Action(() => _ = Quantity.Pairs(Max) - Quantity.Pairs(0.1m))).SetName("max - 0.1 rounds");
        yield return new TestCaseData(new Action(() => _ = 1e15m * Quantity.Pairs(1e15m))).SetName("factor overflows");
        yield return new TestCaseData(new Action(() => _ = Quantity.Money(Max, Currency.CNY).ConvertCurrency(Currency.USD, 7.1m))).SetName("conversion overflows");
    }

    [TestCaseSource(nameof(Inexact))]
    public void An_inexact_result_is_an_error(Action compute)
    {
        var ex = Assert.Throws<ClusterStatsException>(() => compute());
        Assert.That(ex!.Message, Does.Contain("the result is not rounded"));
    }

    [Test]
    public void Exact_results_stay_exact()
    {
        Assert.That((Quantity.Pairs(Max) - Quantity.Pairs(Max)).Value, Is.EqualTo(0m));
        Assert.That((Quantity.Pairs(0.1m) + Quantity.Pairs(0.2m)).Value, Is.EqualTo(0.3m));
        Assert.That((Quantity.Pairs(1.5m) * 2m).Value, Is.EqualTo(3m));
        Assert.That(Quantity.Money(2200000000m, Currency.CNY).ConvertCurrency(Currency.USD, 0.1389m).Value, Is.EqualTo(305580000m));
    }
}
