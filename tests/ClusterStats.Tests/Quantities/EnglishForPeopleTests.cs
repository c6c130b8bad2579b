using System.Globalization;

namespace ClusterStats.Tests.Quantities;

/// <summary>
/// The one English writing of figures for people: exact text that reads back as the same figure, and the table form
/// that rounds to four significant digits but never shows a changed value without "≈".
/// </summary>
public class EnglishForPeopleTests
{
    private static readonly Unit[] Units =
    [
        Unit.Pairs, Unit.Firms, Unit.Persons, Unit.Machines, Unit.Percent, Unit.Rank,
        Unit.Money(Currency.CNY), Unit.Money(Currency.USD), Unit.Money(Currency.JPY), Unit.Money(Currency.EUR),
        Unit.Money(Currency.KRW), Unit.Money(Currency.TRY), Unit.Money(new Currency("GBP")), Unit.Money(Currency.CNY) / Unit.Pairs,
        Unit.Pairs / Unit.Firms,
    ];

    private static readonly Qualifier[] OneSided = [Qualifier.Exact, Qualifier.Approximately, Qualifier.Nearly, Qualifier.AtLeast, Qualifier.AtMost];

    // Values from 10^-12 to beyond 10^20, with up to 9 significant digits, a fifth of them negative.
    private static decimal Value(Random random)
    {
        decimal mantissa = random.Next(4) switch
        {
            0 => random.Next(1, 10),
            1 => random.Next(1, 10_000),
            2 => random.Next(1, 1_000_000),
            _ => random.Next(1, 1_000_000_000),
        };
        decimal value = mantissa;
        int exponent = random.Next(-12, 13);
        for (int i = 0; i < Math.Abs(exponent); i++) value = exponent < 0 ? value / 10m : value * 10m;
        return random.Next(5) == 0 ? -value : value;
    }

    private static QualifiedQuantity Figure(Random random)
    {
        var unit = Units[random.Next(Units.Length)];
        bool target = random.Next(3) == 0;
        decimal value = Value(random);
        if (random.Next(4) == 0)
        {
            // A tiny step vanishes beside a large bound at 28 digits: then the high bound is twice as far from zero.
            decimal high = value + Math.Abs(Value(random));
            return new QualifiedQuantity(new Quantity(value, unit), high > value ? high : value + Math.Abs(value), target);
        }
        return new QualifiedQuantity(new Quantity(value, unit), OneSided[random.Next(OneSided.Length)], target);
    }

    [Test]
    public void The_exact_form_reads_back_as_the_same_figure_and_is_the_English_format()
    {
        var random = new Random(20261208);
        int checkedFigures = 0;
        for (int i = 0; i < 5000; i++)
        {
            var figure = Figure(random);
            // A sum such as 10^20 + 10^-12 can hold 29 significant digits, one more than any figure text is read with.
            if (!QualifiedQuantity.TryParse(figure.ToString()).Success) continue;
            checkedFigures++;
            string text = FigureFormat.ForPeople(figure);
            Assert.That(text, Is.EqualTo(figure.Format(FigureLanguage.English)), figure.ToString());
            Assert.That(text, Does.Not.Contain("≈"), figure.ToString());
            var back = QualifiedQuantity.TryParse(text);
            Assert.That(back.Success, Is.True, $"{figure}: {text}: {back}");
            Assert.That(back.Value, Is.EqualTo(figure), $"{figure}: {text}");
        }
        Assert.That(checkedFigures, Is.GreaterThan(4500));
    }

    [Test]
    public void The_table_form_never_shows_a_changed_value_without_the_mark()
    {
        var random = new Random(4);
        int marked = 0, plain = 0;
        for (int i = 0; i < 5000; i++)
        {
            decimal value = Value(random);
            string text = FigureFormat.Number(value, FigurePrecision.Table);
            bool rounded = text.StartsWith('≈');
            // The shown number read back: equal to the value exactly when unmarked, within half a unit of the 4th digit when marked.
            decimal shown = QualifiedQuantity.Parse(text.TrimStart('≈') + " pairs").Value;
            Assert.That(shown == value, Is.EqualTo(!rounded), $"{value}: {text}");
            Assert.That(Math.Abs(shown - value), Is.LessThanOrEqualTo(Math.Abs(value) * 0.0005m), $"{value}: {text}");
            Assert.That(text.Count(c => c == '≈'), Is.LessThanOrEqualTo(1), text);
            if (rounded) marked++;
            else plain++;
        }
        Assert.That(marked, Is.GreaterThan(100), "values that need rounding were drawn");
        Assert.That(plain, Is.GreaterThan(100), "values with four digits or fewer were drawn");
    }

    [Test]
    public void A_table_figure_is_marked_when_either_bound_was_rounded_and_is_the_exact_text_otherwise()
    {
        var random = new Random(15);
        for (int i = 0; i < 3000; i++)
        {
            var figure = Figure(random);
            if (figure.Unit == Unit.Rank) continue;
            string table = FigureFormat.ForPeople(figure, FigurePrecision.Table);
            bool changed = FigureFormat.Number(figure.Value, FigurePrecision.Table).StartsWith('≈')
                || figure.ValueHigh is decimal high && FigureFormat.Number(high, FigurePrecision.Table).StartsWith('≈');
            Assert.That(table.Contains('≈', StringComparison.Ordinal), Is.EqualTo(changed), $"{figure}: {table}");
            if (!changed)
            {
                // Unrounded, the table reads back as the same figure, whatever scale word it chose.
                Assert.That(QualifiedQuantity.Parse(table), Is.EqualTo(figure), $"{figure}: {table}");
            }
        }
    }

    [TestCase("500000000", "CNY", Qualifier.AtMost, "at most 500 million yuan")]
    [TestCase("500", "persons", Qualifier.AtMost, "at most 500 persons")]
    [TestCase("20000", "persons", Qualifier.AtLeast, "more than 20,000 persons")]
    [TestCase("3200000000", "CNY", Qualifier.Nearly, "nearly 3.2 billion yuan")]
    [TestCase("350000000", "CNY", Qualifier.Approximately, "about 350 million yuan")]
    [TestCase("0", "pairs", Qualifier.Exact, "0 pairs")]
    [TestCase("-44060000", "CNY", Qualifier.Exact, "-44.06 million yuan")]
    [TestCase("-5000000", "USD", Qualifier.Exact, "$-5 million")]
    [TestCase("0.0000000000000000000000000001", "percent", Qualifier.Exact, "0.0000000000000000000000000001%")]
    [TestCase("12624512", "persons", Qualifier.Exact, "12,624,512 persons")]
    [TestCase("12624000", "persons", Qualifier.Exact, "12.624 million persons")]
    [TestCase("999995000", "pairs", Qualifier.Exact, "999.995 million pairs")]
    [TestCase("3", "rank", Qualifier.Exact, "No. 3")]
    [TestCase("65.5", "percent", Qualifier.AtLeast, "more than 65.5%")]
    [TestCase("486200000", "EUR", Qualifier.Exact, "€486.2 million")]
    [TestCase("2700000000", "JPY", Qualifier.Exact, "2.7 billion yen")]
    [TestCase("1500000", "KRW", Qualifier.Exact, "1.5 million won")]
    [TestCase("7", "GBP", Qualifier.Exact, "7 GBP")]
    public void Exact_forms_use_the_words_the_parser_reads(string value, string unit, Qualifier qualifier, string expected)
    {
        var quantity = new Quantity(decimal.Parse(value, CultureInfo.InvariantCulture), Unit.Parse(unit));
        string text = FigureFormat.ForPeople(quantity, qualifier);
        Assert.That(text, Is.EqualTo(expected));
        Assert.That(QualifiedQuantity.Parse(text), Is.EqualTo(new QualifiedQuantity(quantity, qualifier)));
    }

    [TestCase("999995000", "pairs", Qualifier.Exact, "≈1 billion pairs")]
    [TestCase("12624512", "persons", Qualifier.AtLeast, "more than ≈12.62 million persons")]
    [TestCase("12620000", "persons", Qualifier.Exact, "12.62 million persons")]
    [TestCase("1036400000", "USD", Qualifier.Exact, "≈$1.036 billion")]
    [TestCase("1036000000", "USD", Qualifier.Exact, "$1.036 billion")]
    [TestCase("-44064999", "CNY", Qualifier.AtMost, "at most ≈-44.06 million yuan")]
    [TestCase("12.3456", "percent", Qualifier.Exact, "≈12.35%")]
    [TestCase("12.5", "percent", Qualifier.Exact, "12.5%")]
    [TestCase("0", "firms", Qualifier.Exact, "0 firms")]
    [TestCase("0.000123456", "CNY/pair", Qualifier.Approximately, "about ≈0.0001235 CNY/pair")]
    [TestCase("2", "rank", Qualifier.Exact, "No. 2")]
    [TestCase("123456", "rank", Qualifier.Exact, "No. 123,456")]
    [TestCase("2.5", "rank", Qualifier.Exact, "No. 2.5")]
    public void Table_forms_round_to_four_digits_and_mark_the_change(string value, string unit, Qualifier qualifier, string expected)
    {
        var quantity = new Quantity(decimal.Parse(value, CultureInfo.InvariantCulture), Unit.Parse(unit));
        Assert.That(FigureFormat.ForPeople(quantity, qualifier, FigurePrecision.Table), Is.EqualTo(expected));
    }

    [Test]
    public void Ranges_write_both_bounds_with_one_scale_word_where_they_share_it()
    {
        QualifiedQuantity Range(decimal low, decimal high, Unit unit, bool target = false) => new(new Quantity(low, unit), high, target);
        Assert.Multiple(() =>
        {
            Assert.That(FigureFormat.ForPeople(Range(30_000m, 40_000m, Unit.Persons)), Is.EqualTo("30,000–40,000 persons"));
            Assert.That(FigureFormat.ForPeople(Range(30_000m, 40_000m, Unit.Persons), FigurePrecision.Table), Is.EqualTo("30,000–40,000 persons"));
            Assert.That(FigureFormat.ForPeople(Range(2_000_000_000m, 3_500_000_000m, Unit.Money(Currency.USD))), Is.EqualTo("$2–3.5 billion"));
            Assert.That(FigureFormat.ForPeople(Range(12_624_512m, 13_500_000m, Unit.Persons), FigurePrecision.Table), Is.EqualTo("≈12.62–13.5 million persons"));
            Assert.That(FigureFormat.ForPeople(Range(900_000_000m, 1_234_567_890m, Unit.Pairs), FigurePrecision.Table), Is.EqualTo("≈900 million–1.235 billion pairs"));
            Assert.That(FigureFormat.ForPeople(Range(-5m, -3m, Unit.Percent)), Is.EqualTo("-5–-3%"));
            Assert.That(FigureFormat.ForPeople(Range(2m, 3m, Unit.Rank)), Is.EqualTo("No. 2–3"));
            Assert.That(FigureFormat.ForPeople(Range(300_000_000m, 400_000_000m, Unit.Money(Currency.CNY), target: true), FigurePrecision.Table), Is.EqualTo("300–400 million yuan (target)"));
        });
        foreach (var range in new[] { Range(-5m, -3m, Unit.Percent), Range(2m, 3m, Unit.Rank), Range(0.5m, 0.75m, Unit.Pairs / Unit.Firms) })
            Assert.That(QualifiedQuantity.Parse(FigureFormat.ForPeople(range)), Is.EqualTo(range));
    }

    [Test]
    public void A_target_is_named_once_by_every_figure_writer()
    {
        var source = new Source("t", null, "p", null, "q", Confidence.Medium);
        var figure = new Figure("x", Indicator.OutputValue, Quantity.Money(5_000_000_000m, Currency.CNY), Qualifier.Approximately, true, null, ReferenceYear.Exact(2025), source);
        Assert.That(FigureFormat.ForPeople(figure), Is.EqualTo("about 5 billion yuan (target)"));
        Assert.That(FigureFormat.ForPeople(figure, FigurePrecision.Table), Is.EqualTo("about 5 billion yuan (target)"));
        Assert.That(figure.ToString(), Does.Contain("about 5 billion yuan (target) (").And.Not.Contain("(target) (target)"));
        Assert.That(new[] { figure }.ToMarkdown(), Does.Contain("| about 5 billion yuan (target) |"));
        Assert.That(new[] { figure }.ToHtml(), Does.Contain(">about 5 billion yuan (target)<"));
    }

    [Test]
    public void Html_figure_tables_give_a_rounded_value_its_exact_digits_as_title()
    {
        var source = new Source("t", null, "p", null, "q", Confidence.Medium);
        Figure F(decimal v) => new("x", Indicator.Employees, Quantity.Persons(v), Qualifier.Exact, false, null, ReferenceYear.Exact(2024), source);
        string html = new[] { F(12_624_512m), F(12_620_000m) }.ToHtml();
        Assert.That(html, Does.Contain("<td><span title=\"12624512\">≈12.62 million persons</span></td>"));
        Assert.That(html, Does.Contain("<td>12.62 million persons</td>"));
    }

    [Test]
    public void A_range_qualifier_without_its_high_bound_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => FigureFormat.ForPeople(Quantity.Persons(3m), Qualifier.Range));
        Assert.That(error!.Message, Does.Contain("high bound"));
    }

    [Test]
    public void Negative_zero_is_written_as_zero()
    {
        decimal negativeZero = new(0, 0, 0, isNegative: true, scale: 2);
        foreach (var precision in new[] { FigurePrecision.Exact, FigurePrecision.Table })
            Assert.That(FigureFormat.ForPeople(Quantity.Pairs(negativeZero), precision: precision), Is.EqualTo("0 pairs"));
    }
}
