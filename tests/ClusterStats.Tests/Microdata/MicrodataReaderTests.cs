using ClusterStats.Microdata;

namespace ClusterStats.Tests.Microdata;

public class MicrodataReaderTests
{
    private static int Find(MicrodataTable t, string region, string industry, long year)
    {
        for (int g = 0; g < t.Count; g++)
        {
            if (t.GetKey(g, 0) == region && t.GetKey(g, 1) == industry && t.GetInteger(g, 2) == year) return g;
        }
        Assert.Fail($"no group {region} {industry} {year}");
        return -1;
    }

    [Test]
    public void Reads_quoted_commas_doubled_quotes_line_breaks_and_Chinese_names_exactly()
    {
        var t = MicrodataReader.Aggregate(MicrodataFiles.Path("good.csv"), MicrodataFiles.Firms());
        Assert.That(t.RowCount, Is.EqualTo(7));
        Assert.That(t.SkippedRowCount, Is.Zero);
        Assert.That(t.Count, Is.EqualTo(5));
        // Sorted by region code, industry code (text: 0111 before 111 before 1761), then year.
        Assert.That(Enumerable.Range(0, t.Count).Select(g => $"{t.GetKey(g, 0)} {t.GetKey(g, 1)} {t.GetKey(g, 2)}"), Is.EqualTo(new[]
        {
            "211021104000 1761 2023", "330681101000 1761 2023", "330702400000 0111 2022", "330702400000 0111 2023", "330702400000 111 2023",
        }));
        int xiaobeihe = Find(t, "211021104000", "1761", 2023); // rows 1, 3 (CRLF) and 7 (year written 02023)
        Assert.That(t.GetCount(xiaobeihe), Is.EqualTo(3));
        Assert.That(t.GetLong(xiaobeihe, 0), Is.EqualTo(120 + 30 + 1));
        Assert.That(t.GetDecimal(xiaobeihe, 1), Is.EqualTo(1750000.95m));
        Assert.That(t.GetDecimal(xiaobeihe, 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo("1750000.95"));
        Assert.That(t.GetLong(xiaobeihe, 2), Is.EqualTo(3410001));
        Assert.That(t.GetLabel(xiaobeihe, 0), Is.EqualTo("辽阳县小北河镇"));
        int datang = Find(t, "330681101000", "1761", 2023);
        Assert.That(t.GetLabel(datang, 0), Is.EqualTo("诸暨市\"大唐\"街道\n(旧称大唐镇)"));
        Assert.That(t.GetDecimal(datang, 1), Is.EqualTo(2000000.00m));
        int jinhua = Find(t, "330702400000", "0111", 2022);
        Assert.That(t.GetLabel(jinhua, 0), Is.EqualTo("金华经济技术开发区,秋滨街道"));
        Assert.That(t.GetDecimal(jinhua, 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo("1000.00"));
        Assert.That(t.GetValueCount(jinhua, 2), Is.Zero, "an empty pairs cell is missing, not zero");
        Assert.That(t.GetCount(Find(t, "330702400000", "111", 2023)), Is.EqualTo(1), "111 and 0111 are different codes");
        Assert.That(t.GetLabels("region_code"), Has.Count.EqualTo(3));
    }

    [Test]
    public void Money_sums_are_exact_where_float64_is_not()
    {
        var spec = new MicrodataAggregation
        {
            Keys = [MicrodataKey.Text("region_code")],
            Sums = [MicrodataSum.Long("employees"), MicrodataSum.Decimal("output_value_yuan")],
        };
        var t = MicrodataReader.Aggregate(MicrodataFiles.Path("exact-sums.csv"), spec);
        Assert.That(t.Count, Is.EqualTo(4));
        // 0.10 + 0.20 - 0.30: float64 gives 5.55e-17.
        double[] small = [0.10, 0.20, -0.30];
        Assert.That(small.Sum(), Is.Not.Zero);
        Assert.That(t.GetDecimal(0, 1), Is.EqualTo(0m));
        // 1234567890123456.78 + 0.01: float64 cannot even hold the first value.
        double[] large = [1234567890123456.78, 0.01];
        Assert.That(large.Sum().ToString("R", System.Globalization.CultureInfo.InvariantCulture), Is.Not.EqualTo("1234567890123456.79"));
        Assert.That(t.GetDecimal(1, 1), Is.EqualTo(1234567890123456.79m));
        // 12 x 99999999999999.99 overflows the 64-bit scaled sum and continues in decimal.
        Assert.That(t.GetDecimal(2, 1), Is.EqualTo(1199999999999999.88m));
        Assert.That(t.GetLong(2, 0), Is.EqualTo(72));
        // More fraction digits and more digits than 64 bits hold.
        Assert.That(t.GetDecimal(3, 1), Is.EqualTo(12345678901234567890123.450001m));
        Assert.That(t.GetDecimal(3, 1).Scale, Is.EqualTo(6), "the column's fraction digits: the most written in the file");
    }

    [Test]
    public void A_bad_number_names_file_line_column_text_and_expectation()
    {
        string path = MicrodataFiles.Path("bad-number.csv");
        var ex = Assert.Throws<InputException>(() => MicrodataReader.Aggregate(path, MicrodataFiles.Firms()));
        Assert.That(ex!, Is.InstanceOf<ClusterStatsException>());
        Assert.That(ex!.Error, Is.EqualTo(new InputError(path, 3, "employees", "12O", "a whole number (digits, optional sign)")));
        Assert.That(ex.Message, Is.EqualTo($"{path}:3:employees: found '12O'; expected a whole number (digits, optional sign)"));
    }

    [Test]
    public void Skipping_bad_rows_counts_and_reports_each_of_them()
    {
        string path = MicrodataFiles.Path("bad-number.csv");
        var t = MicrodataReader.Aggregate(path, MicrodataFiles.Firms(MicrodataBadRows.Skip));
        Assert.That(t.RowCount, Is.EqualTo(2));
        Assert.That(t.SkippedRowCount, Is.EqualTo(2));
        Assert.That(t.SkippedRows.Select(e => (e.Line, e.Column, e.Found)), Is.EqualTo(new[] { (3L, "employees", "12O"), (4L, "output_value_yuan", "1.5e3") }));
        Assert.That(t.GetDecimal(0, 1), Is.EqualTo(1500100.50m));
    }

    [Test]
    public void A_ragged_row_is_an_error_not_padded()
    {
        string path = MicrodataFiles.Path("ragged-row.csv");
        var ex = Assert.Throws<InputException>(() => MicrodataReader.Aggregate(path, MicrodataFiles.Firms()));
        Assert.That(ex!.Error.Line, Is.EqualTo(3));
        Assert.That(ex.Error.Column, Is.EqualTo("output_value_yuan"));
        Assert.That(ex.Error.Expected, Is.EqualTo("8 fields as in the header, not 6"));
        var t = MicrodataReader.Aggregate(path, MicrodataFiles.Firms(MicrodataBadRows.Skip));
        Assert.That(t.SkippedRows.Select(e => $"{e.Line}:{e.Column}: {e.Expected}"), Is.EqualTo(new[]
        {
            "3:output_value_yuan: 8 fields as in the header, not 6", "4:field 9: 8 fields as in the header, not 9",
        }));
        Assert.That(t.RowCount, Is.EqualTo(2));
    }

    [Test]
    public void An_unbalanced_quote_is_reported_at_its_line_and_reading_goes_on_after_it_when_skipping()
    {
        string path = MicrodataFiles.Path("unbalanced-quote.csv");
        var ex = Assert.Throws<InputException>(() => MicrodataReader.Aggregate(path, MicrodataFiles.Firms()));
        Assert.That(ex!.Error.Line, Is.EqualTo(3));
        Assert.That(ex.Error.Column, Is.EqualTo("region_name"));
        Assert.That(ex.Error.Found, Does.StartWith("\"金华经济技术开发区,秋滨街道,0111"));
        Assert.That(ex.Error.Expected, Does.Contain("closing quote"));
        var t = MicrodataReader.Aggregate(path, MicrodataFiles.Firms(MicrodataBadRows.Skip));
        Assert.That((t.RowCount, t.SkippedRowCount), Is.EqualTo((2L, 1L)));
        Assert.That(t.GetLong(0, 0), Is.EqualTo(150));
    }

    [Test]
    public void A_missing_column_names_the_column_and_the_header_found()
    {
        string path = MicrodataFiles.Path("missing-column.csv");
        var ex = Assert.Throws<InputException>(() => MicrodataReader.Aggregate(path, MicrodataFiles.Firms()));
        Assert.That(ex!.Error.Line, Is.EqualTo(1));
        Assert.That(ex.Error.Column, Is.EqualTo("industry_code"));
        Assert.That(ex.Error.Found, Does.Contain("firm_id,region_code,region_name,industry,year"));
        Assert.That(ex.Error.Expected, Is.EqualTo("a column named 'industry_code' in the header row"));
    }

    [Test]
    public void An_empty_file_has_no_header()
    {
        string path = System.IO.Path.GetTempFileName();
        try
        {
            var ex = Assert.Throws<InputException>(() => MicrodataReader.Aggregate(path, MicrodataFiles.Firms()));
            Assert.That(ex!.Error.Expected, Does.Contain("header row"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Any_split_into_ranges_gives_the_result_of_one_sequential_read()
    {
        // Every byte offset as a range start, including inside quoted fields with commas and line breaks.
        foreach (var (file, badRows) in new[] { ("good.csv", MicrodataBadRows.Throw), ("bad-number.csv", MicrodataBadRows.Skip), ("ragged-row.csv", MicrodataBadRows.Skip), ("unbalanced-quote.csv", MicrodataBadRows.Skip) })
        {
            string path = MicrodataFiles.Path(file);
            var spec = MicrodataFiles.Firms(badRows);
            string expected = MicrodataFiles.Describe(MicrodataReader.Aggregate(path, spec, []));
            long length = new FileInfo(path).Length;
            bool everyOffset = file is "good.csv" or "unbalanced-quote.csv";
            for (long b = 1; b < length; b += everyOffset ? 1 : 7)
            {
                Assert.That(MicrodataFiles.Describe(MicrodataReader.Aggregate(path, spec, [b])), Is.EqualTo(expected), $"{file} split at {b}");
            }
            var rng = new Random(7);
            for (int k = 0; k < 30; k++)
            {
                long[] starts = Enumerable.Range(0, 4).Select(_ => rng.NextInt64(1, length)).ToArray();
                Assert.That(MicrodataFiles.Describe(MicrodataReader.Aggregate(path, spec, starts)), Is.EqualTo(expected), $"{file} split at {string.Join(",", starts)}");
            }
        }
    }

    [Test]
    public void The_first_bad_row_in_file_order_is_reported_whatever_the_split()
    {
        string path = MicrodataFiles.Path("ragged-row.csv");
        long length = new FileInfo(path).Length;
        for (long b = 1; b < length; b += 3)
        {
            var ex = Assert.Throws<InputException>(() => MicrodataReader.Aggregate(path, MicrodataFiles.Firms(), [b]));
            Assert.That(ex!.Error.Line, Is.EqualTo(3), $"split at {b}");
        }
    }

    [Test]
    public void Groups_feed_a_region_industry_matrix_for_one_year()
    {
        var t = MicrodataReader.Aggregate(MicrodataFiles.Path("good.csv"), MicrodataFiles.Firms());
        var m = t.ToMatrix("region_code", "industry_code", "output_value_yuan", g => t.GetInteger(g, 2) == 2023);
        Assert.That(m.Regions, Is.EqualTo(new[] { "211021104000", "330681101000", "330702400000" }));
        Assert.That(m.Industries, Is.EqualTo(new[] { "0111", "111", "1761" }));
        Assert.That(m["211021104000", "1761"], Is.EqualTo(1750000.95));
        Assert.That(m["330702400000", "0111"], Is.EqualTo(99000.05));
        Assert.That(m["330702400000", "111"], Is.EqualTo(0.10));
        Assert.That(m.IsPresent(m.RegionIndex("211021104000"), m.IndustryIndex("0111")), Is.False);
        var counts = t.ToMatrix("region_code", "industry_code", null, g => t.GetInteger(g, 2) == 2023);
        Assert.That(counts["211021104000", "1761"], Is.EqualTo(3));
        Assert.Throws<ClusterStatsException>(() => t.ToMatrix("region_code", "industry_code", "output_value_yuan"));
    }

    [Test]
    public void Writes_the_groups_as_csv_with_exact_money()
    {
        var t = MicrodataReader.Aggregate(MicrodataFiles.Path("good.csv"), MicrodataFiles.Firms());
        string path = System.IO.Path.GetTempFileName();
        try
        {
            t.WriteCsv(path, "firm_count");
            Assert.That(File.ReadAllText(path), Is.EqualTo(
                "region_code,industry_code,year,firm_count,employees,output_value_yuan,pairs\n" +
                "211021104000,1761,2023,3,151,1750000.95,3410001\n" +
                "330681101000,1761,2023,1,200,2000000.00,520000\n" +
                "330702400000,0111,2022,1,5,1000.00,\n" +
                "330702400000,0111,2023,1,8,99000.05,\n" +
                "330702400000,111,2023,1,1,0.10,\n"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestCase(1)]
    [TestCase(3)]
    public void A_carriage_return_alone_inside_a_row_is_a_bad_row_wherever_it_falls(int threads)
    {
        // CRLF rows of varying length, so that the lone CRs fall at many offsets of the 64-byte blocks; every 7th row
        // holds a CR alone in a different field (or just before its CRLF), which must be that row's error only.
        var sb = new System.Text.StringBuilder("region_code,industry_code,year,employees,output_value_yuan,pairs,region_name,unused\r\n");
        var expectedBad = new List<long>();
        long goodEmployees = 0;
        int rows = 3000;
        for (int i = 0; i < rows; i++)
        {
            string name = new('n', i % 41);
            string[] fields = ["0101", "1761", "2023", (i % 100).ToString(System.Globalization.CultureInfo.InvariantCulture), "1.25", "7", "A" + name, ""];
            if (i % 7 == 3)
            {
                int f = i % 8;
                fields[f] = i % 3 == 0 ? fields[f] + "\r" : "\r" + fields[f];
                expectedBad.Add(i + 2);
            }
            else
            {
                goodEmployees += i % 100;
            }
            sb.Append(string.Join(",", fields)).Append("\r\n");
        }
        string path = System.IO.Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, sb.ToString());
            var aggregation = MicrodataFiles.Firms(MicrodataBadRows.Skip) with { MaxReportedErrors = 10_000 };
            long length = new FileInfo(path).Length;
            long[] starts = threads == 1 ? [] : [0, length / 3 + 5, 2 * length / 3 + 11];
            var t = MicrodataReader.Aggregate(path, aggregation, starts);
            Assert.That(t.SkippedRows.Select(e => e.Line), Is.EqualTo(expectedBad));
            Assert.That(t.SkippedRows.Select(e => e.Expected).Distinct(), Is.EqualTo(new[] { ClusterStats.Internal.CsvCells.LoneCr }));
            Assert.That(t.SkippedRows.All(e => e.Found.Contains("\\u000d", StringComparison.Ordinal)), Is.True);
            Assert.That(t.RowCount, Is.EqualTo(rows - expectedBad.Count));
            Assert.That(t.GetLong(0, 0), Is.EqualTo(goodEmployees));
            // Without skipping, the first such row stops the reading with its line.
            var ex = Assert.Throws<InputException>(() => MicrodataReader.Aggregate(path, MicrodataFiles.Firms(), starts));
            Assert.That(ex!.Error.Line, Is.EqualTo(expectedBad[0]));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
