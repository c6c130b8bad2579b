using System.Globalization;
using ClusterStats.Extraction;

namespace ClusterStats.Tests.Extraction;

/// <summary>What the words around a figure say about it: the year it is of, the part of the year, rates, changes and figures of speech.</summary>
public class ContextExtractionTests
{
    private static readonly ArticleInfo Article = new("t", Published: "2024-01-01");

    /// <summary>Each candidate as "indicator value year" (and the period when there is one), in text order.</summary>
    private static string Found(string text, ArticleInfo? article = null) => string.Join(" | ",
        new FigureExtractor(new ExtractionOptions { MinimumConfidence = 0m }).Extract(text, article ?? Article).Select(c =>
            string.Create(CultureInfo.InvariantCulture, $"{c.Figure.Indicator.Name} {c.Figure.Quantity.Value.ToString("0.##########", CultureInfo.InvariantCulture)} {(c.Figure.Year.IsKnown ? c.Figure.Year.ToString() : "unknown")}")
            + (c.Figure.Period is { } p ? " " + p : "")));

    // A year stated as its own word (2022年 followed by other words, "In 2010,", "in 2010") dates the figure.
    [TestCase("2022年小北河袜子产量25亿双。", "pairs_per_year 2500000000 2022")]
    [TestCase("2022年度小北河袜子产量25亿双。", "pairs_per_year 2500000000 2022")]
    [TestCase("2021年，大唐袜业产值达到100亿元。", "output_value 10000000000 2021")]
    [TestCase("小北河では2019年に靴下を22億足生産した。", "pairs_per_year 2200000000 2019")]
    [TestCase("2020년 양말 생산량은 25억 켤레였다.", "pairs_per_year 2500000000 2020")]
    [TestCase("In 2010, Fort Payne mills produced 300 million pairs.", "pairs_per_year 300000000 2010")]
    [TestCase("Fort Payne socks were worth 25 million dollars in 2010.", "output_value 25000000 2010")]
    [TestCase("Nel 2018 il fatturato del distretto era di 641,8 milioni di euro.", "output_value 641800000 2018")]
    // Several figures and several years: each takes its own.
    [TestCase("2020年产量20亿双，2022年产量25亿双。", "pairs_per_year 2000000000 2020 | pairs_per_year 2500000000 2022")]
    [TestCase("Fort Payne socks were worth 25 million dollars in 2010 and 40 million dollars in 2020.", "output_value 25000000 2010 | amount 40000000 2020")]
    [TestCase("Output was worth 25 million dollars in 2010 and its mills employed 900 workers in 2020.", "output_value 25000000 2010 | employees 900 2020")]
    [TestCase("gli addetti sono passati da 9.181 a 5.310 lavoratori tra il 2008 e il 2018.", "employees 9181 2008 | employees 5310 2018")]
    [TestCase("tra il 2008 e il 2018 gli addetti sono passati da 9.181 a 5.310 lavoratori.", "employees 9181 2008 | employees 5310 2018")]
    [TestCase("employment went from 9,181 workers in 2008 to 5,310 workers in 2018.", "employees 9181 2008 | employees 5310 2018")]
    // A year earlier in the sentence dates the figures after it, until another time is stated.
    [TestCase("In 2010, mills produced 300 million pairs and employed 5,000 workers.", "pairs_per_year 300000000 2010 | employees 5000 2010")]
    [TestCase("2020年产量20亿双，产值80亿元。", "pairs_per_year 2000000000 2020 | output_value 8000000000 2020")]
    [TestCase("In 2010 the mills made 300 million pairs; today they make 100 million pairs.", "pairs_per_year 300000000 2010 | pairs_per_year 100000000 ~2024")]
    [TestCase("2010年产量3亿双，去年产量1亿双。", "pairs_per_year 300000000 2010 | pairs_per_year 100000000 ~2023")]
    // A year in another sentence, or after the figure in a later clause, does not date it.
    [TestCase("2020年是关键一年。大唐袜业产量25亿双。", "pairs_per_year 2500000000 ~2024")]
    [TestCase("Fort Payne produced 300 million pairs, a record since 2010.", "pairs_per_year 300000000 ~2024")]
    // The base of a comparison (比去年, than in 2020) dates nothing.
    [TestCase("大唐袜子占全国份额的35%，比去年提高3%。", "national_share 35 ~2024")]
    [TestCase("去年，大唐袜业产值达到100亿元。", "output_value 10000000000 ~2023")]
    [TestCase("大唐袜业产值100亿元，同比增长15%。", "output_value 10000000000 ~2024")]
    public void A_stated_year_dates_the_figure_it_belongs_to(string text, string expected) => Assert.That(Found(text), Is.EqualTo(expected));

    [Test]
    public void Without_a_publication_date_a_relative_year_is_unknown_and_a_stated_one_still_holds()
    {
        var none = new ArticleInfo("t");
        Assert.That(Found("去年，大唐袜业产值达到100亿元。", none), Is.EqualTo("output_value 10000000000 unknown"));
        Assert.That(Found("2021年，大唐袜业产值达到100亿元。", none), Is.EqualTo("output_value 10000000000 2021"));
    }

    // Changes are not levels: nothing is proposed.
    [TestCase("Fort Payne mills lost 2,000 workers.")]
    [TestCase("Fort Payne mills shed 5,000 jobs.")]
    [TestCase("Fort Payne added 300 firms.")]
    [TestCase("Fort Payne laid off 1,200 workers.")]
    [TestCase("大唐新增企业300家。")]
    [TestCase("大唐袜业企业减少了120家。")]
    [TestCase("Fort Payne output shrank by 3 million pairs.")]
    [TestCase("Fort Payne exports were down $50 million.")]
    [TestCase("Fort Payne output value was 3 billion yuan lower than in 2020.")]
    [TestCase("Fort Payne has 300 more firms than in 2010.")]
    [TestCase("大唐袜业产值比2020年高30亿元。")]
    [TestCase("大唐袜子产量比去年多3亿双。")]
    [TestCase("大唐の靴下生産量は前年より3億足多い。")]
    [TestCase("Castel Goffredo conta 300 addetti in più rispetto al 2010.")]
    [TestCase("Castel Goffredo ha perso 2.000 addetti.")]
    public void A_change_is_not_proposed_as_a_level(string text) => Assert.That(Found(text), Is.Empty);

    [TestCase("Fort Payne holds 35% of the national market, up 3% from last year.", "national_share 35 ~2024")]
    [TestCase("Fort Payne mills made up 35% of national output.", "national_share 35 ~2024")]
    [TestCase("Fort Payne mills employ more than 5,000 workers.", "employees 5000 ~2024")]
    [TestCase("大唐有袜业企业3000家，比2010年增加500家。", "firm_count 3000 ~2024")]
    [TestCase("The town has up to 300 firms.", "firm_count 300 ~2024")]
    // The same sentences without the change or rate word give their figure.
    [TestCase("연간 100만 켤레의 양말을 생산한다.", "pairs_per_year 1000000 ~2024")]
    [TestCase("小北河では200万足の靴下を生産している。", "pairs_per_year 2000000 ~2024")]
    [TestCase("大唐の靴下生産量は3億足。", "pairs_per_year 300000000 ~2024")]
    [TestCase("Castel Goffredo conta 300 addetti.", "employees 300 ~2024")]
    [TestCase("大唐袜业企业120家。", "firm_count 120 ~2024")]
    [TestCase("Fort Payne mills turn out 2 million pairs.", "pairs_per_year 2000000 ~2024")]
    [TestCase("大唐袜业产值2亿元。", "output_value 200000000 ~2024")]
    public void A_level_next_to_a_change_stays(string text, string expected) => Assert.That(Found(text), Is.EqualTo(expected));

    // A rate per day, week or month is not the annual figure.
    [TestCase("Fort Payne makes 25 million pairs of socks a day.")]
    [TestCase("Fort Payne makes 8 million pairs per week.")]
    [TestCase("Fort Payne monthly output is 700 million pairs.")]
    [TestCase("Fort Payne mills turn out 2 million pairs daily.")]
    [TestCase("大唐日产袜子6000万双。")]
    [TestCase("大唐月产量7亿双。")]
    [TestCase("大唐每天生产袜子6000万双。")]
    [TestCase("大唐袜业日均产值2亿元。")]
    [TestCase("La produzione di Castel Goffredo è di 1.500 paia al giorno.")]
    [TestCase("小北河では毎日200万足の靴下を生産している。")]
    [TestCase("하루 100만 켤레의 양말을 생산한다.")]
    public void A_rate_per_day_week_or_month_is_not_proposed_as_annual(string text) => Assert.That(Found(text), Is.Empty);

    // A part of a year carries its months; the whole year and dates do not make a period.
    [TestCase("2023年1-6月大唐袜业产值200亿元。", "output_value 20000000000 2023 2023-H1")]
    [TestCase("2023年1月至9月，大唐袜业产值300亿元。", "output_value 30000000000 2023 2023-01/2023-09")]
    [TestCase("大唐一季度产值100亿元。", "output_value 10000000000 ~2024 2024-Q1")]
    [TestCase("2023年前三季度大唐袜业产值300亿元。", "output_value 30000000000 2023 2023-01/2023-09")]
    [TestCase("2022年上半年，大唐生产袜子120亿双。", "pairs_per_year 12000000000 2022 2022-H1")]
    [TestCase("In the first half of 2023, Fort Payne output value was 200 million dollars.", "output_value 200000000 2023 2023-H1")]
    [TestCase("In the third quarter of 2023 Fort Payne produced 40 million pairs.", "pairs_per_year 40000000 2023 2023-Q3")]
    [TestCase("Nel primo semestre 2023 il fatturato è stato di 300 milioni di euro.", "output_value 300000000 2023 2023-H1")]
    [TestCase("2023년 상반기 양말 생산량은 10억 켤레였다.", "pairs_per_year 1000000000 2023 2023-H1")]
    [TestCase("2023年1-12月大唐袜业产值200亿元。", "output_value 20000000000 2023")]
    [TestCase("2024年7月24日，大唐年产袜子250亿双。", "pairs_per_year 25000000000 2024")]
    [TestCase("大唐年产袜子250亿双。", "pairs_per_year 25000000000 ~2024")]
    public void A_part_of_a_year_carries_its_period(string text, string expected) => Assert.That(Found(text), Is.EqualTo(expected));

    [Test]
    public void A_part_of_a_year_without_any_year_is_not_proposed() =>
        Assert.That(Found("大唐一季度产值100亿元。", new ArticleInfo("t")), Is.Empty);

    // Numerals in set phrases are not counts; written counts stay.
    [TestCase("大唐袜子走进千家万户。", "")]
    [TestCase("大唐袜业百家争鸣。", "")]
    [TestCase("大唐袜业千家企业齐发展。", "")]
    [TestCase("大唐袜业十家八家地办起了工厂。", "")]
    [TestCase("大唐有十家袜业企业。", "firm_count 10 ~2024")]
    [TestCase("大唐有一百家袜业企业。", "firm_count 100 ~2024")]
    [TestCase("大唐有三千家袜业企业。", "firm_count 3000 ~2024")]
    [TestCase("大唐有袜业企业3000家。", "firm_count 3000 ~2024")]
    public void A_numeral_in_a_set_phrase_is_not_a_count(string text, string expected) => Assert.That(Found(text), Is.EqualTo(expected));
}
