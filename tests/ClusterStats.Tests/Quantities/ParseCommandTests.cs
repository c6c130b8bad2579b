using ClusterStats.Cli;

namespace ClusterStats.Tests.Quantities;

public class ParseCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString());
    }

    [TestCase("年間22億足", "2200000000,pairs,exact,false,")]
    [TestCase("22亿双", "2200000000,pairs,exact,false,")]
    [TestCase("约50亿元目标", "5000000000,CNY,approximately,true,")]
    [TestCase("more than 20,000 workers", "20000,persons,at-least,false,")]
    [TestCase("1.59元/双", "1.59,CNY/pair,exact,false,")]
    [TestCase("第2位", "2,rank,exact,false,")]
    [TestCase("65%", "65,percent,exact,false,")]
    [TestCase("600 million dozen pairs", "7200000000,pairs,exact,false,")]
    public void Prints_header_and_one_csv_line(string text, string line)
    {
        var (code, output, error) = Run("parse", text);
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Is.EqualTo("value,unit,qualifier,target,value_high\n" + line + "\n"));
        Assert.That(error, Is.Empty);
    }

    [TestCase("cny", "2700000000,CNY,exact,false,")]
    [TestCase("jpy", "2700000000,JPY,exact,false,")]
    public void Yen_option_decides_the_currency(string yen, string line)
    {
        var (code, output, _) = Run("parse", "¥2.7 billion", "--yen", yen);
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.EndWith(line + "\n"));
    }

    [Test]
    public void Unit_option_serves_a_bare_number()
    {
        var (code, output, _) = Run("parse", "2.2 billion", "--unit", "pairs");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.EndWith("2200000000,pairs,exact,false,\n"));
    }

    [TestCase("2024年", "position 4", "not a date")]
    [TestCase("2.2 billion", "position 11", "a unit word")]
    [TestCase("¥2.7 billion", "position 12", "--yen")]
    [TestCase("22億足の靴下", "position 4", "the end of the figure")]
    public void Not_a_figure_exits_1_with_the_reason(string text, string position, string expected)
    {
        var (code, output, error) = Run("parse", text);
        Assert.That(code, Is.EqualTo(1));
        Assert.That(output, Is.Empty);
        Assert.That(error, Does.Contain($"'{text}'").And.Contain(position).And.Contain(expected));
    }

    [TestCase]
    [TestCase("parse")]
    [TestCase("parse", "22億足", "--yen", "usd")]
    [TestCase("parse", "22億足", "--nonsense")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Is.Not.Empty);
        Assert.That(output, Is.Empty);
    }

    [Test]
    public void Bad_unit_option_is_a_usage_error()
    {
        var (code, _, error) = Run("parse", "2.2 billion", "--unit", "Pairs!");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("Pairs!"));
    }
}
