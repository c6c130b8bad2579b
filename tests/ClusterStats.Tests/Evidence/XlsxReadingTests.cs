using System.Globalization;
using ClusterStats.Internal;

namespace ClusterStats.Tests.Evidence;

/// <summary>
/// Reading .xlsx workbooks: cells by what they store (exact numbers, text as text, ISO dates), sheets by name, errors
/// that name the file, sheet and cell, and the same row model and checks as CSV.
/// </summary>
public class XlsxReadingTests
{
    private static readonly string[] FigureHeader = ["cluster", "indicator", "value", "unit", "source_title", "confidence", "published", "notes"];

    private static object?[] Figure(object? value, object? published = null, object? notes = null) =>
        ["xiaobeihe", "pairs_per_year", value, "pairs", "A survey", "high", published, notes];

    private static byte[] FigureBook(params object?[][] records) => new XlsxBuilder().Table("Sheet1", [FigureHeader, .. records]).Build();

    private static InputException ReadFails(byte[] workbook, string file = "my.xlsx", string? sheet = null) =>
        Assert.Throws<InputException>(() => FigureCsv.Read(workbook, file, new CsvReadOptions { Sheet = sheet }))!;

    [TestCase("0.1", "0.1")]
    [TestCase("0.10000000000000001", "0.1")] // the 17-digit form some writers store for 0.1
    [TestCase("1000000000000001", "1000000000000001")] // 1e15 + 1, exact in a double
    [TestCase("123456789.123", "123456789.123")]
    [TestCase("1E-7", "0.0000001")]
    [TestCase("2.5E9", "2500000000")]
    [TestCase("-44060000", "-44060000")]
    [TestCase("1.5E+20", "150000000000000000000")]
    public void A_number_cell_reads_as_the_shortest_decimal_that_round_trips_its_double(string stored, string expected)
    {
        var sheet = XlsxSheet.Read(new XlsxBuilder().Sheet("S", $"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>value</t></is></c></row><row r=\"2\"><c r=\"A2\"><v>{stored}</v></c></row>").Build(), "n.xlsx", null);
        Assert.That(sheet.Rows.Single().Fields, Is.EqualTo(new[] { expected }));
    }

    [TestCase("9007199254740992", "9007199254740992")] // 2^53
    [TestCase("1E+21", "1000000000000000000000")]
    [TestCase("0.30000000000000004", "0.30000000000000004")]
    [TestCase("1.1000000000000001", "1.1")] // the 17-digit form of 1.1
    [TestCase("123456789012345680", "123456789012345680")] // the shortest form of the double itself
    [TestCase("1.50", "1.5")]
    [TestCase("+5", "5")]
    [TestCase("-0", "0")]
    [TestCase("0.000E5", "0")]
    [TestCase("4.9406564584124654E-324", "0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005")] // the least double, in its 17-digit form
    public void A_number_cell_in_any_form_of_its_double_is_read(string stored, string expected)
    {
        var sheet = XlsxSheet.Read(new XlsxBuilder().Sheet("S", $"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>value</t></is></c></row><row r=\"2\"><c r=\"A2\"><v>{stored}</v></c></row>").Build(), "n.xlsx", null);
        Assert.That(sheet.Rows.Single().Fields, Is.EqualTo(new[] { expected }));
    }

    [TestCase("123456789012345678", "123456789012345680")]
    [TestCase("2200000000.0000002", "2200000000")]
    [TestCase("9007199254740993", "9007199254740992")] // 2^53 + 1
    [TestCase("-12345678901234567.5", "-12345678901234568")]
    [TestCase("0.1000000000000000055511151231257827", "0.1")] // more digits than the 17 that name the double
    [TestCase("1E-400", "0")]
    public void A_number_cell_with_digits_its_double_does_not_keep_is_an_error_naming_the_cell(string stored, string readAs)
    {
        var book = new XlsxBuilder().Sheet("Data", $"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>n</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>value</t></is></c></row>"
            + $"<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\"><v>{stored}</v></c></row>").Build();
        var error = Assert.Throws<InputException>(() => XlsxSheet.Read(book, "long.xlsx", null))!.Errors.Single();
        Assert.That(error.ToString(), Does.StartWith($"long.xlsx:Data!B2: found '{stored}'; expected a number a spreadsheet number cell keeps: this one reads as {readAs},")
            .And.Contain("write the number as text"));
    }

    [Test]
    public void A_long_figure_value_is_refused_in_a_number_cell_and_read_exactly_from_a_text_cell()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("Sheet1", XlsxBuilder.Rows(FigureHeader, Figure("x")).Replace("<c r=\"C2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">x</t></is></c>", "<c r=\"C2\"><v>123456789012345678</v></c>", StringComparison.Ordinal));
        Assert.That(ReadFails(builder.Build(), "firms.xlsx").Message, Does.StartWith("firms.xlsx:Sheet1!C2: found '123456789012345678'; expected a number a spreadsheet number cell keeps"));
        Assert.That(FigureCsv.Read(FigureBook(Figure("123456789012345678")), "firms.xlsx").Single().Quantity.Value, Is.EqualTo(123456789012345678m));
    }

    [Test]
    public void A_percent_formatted_number_cell_is_refused_whatever_format_shows_it_times_100()
    {
        // Styles: 1 built-in 0%, 2 built-in 0.00%, 3 custom 0.0%, 4 custom with a negative section, 5 percent after a
        // bracketed colour and quoted text.
        var builder = new XlsxBuilder { CellFormats = [0, 9, 10, 164, 165, 166] };
        builder.CustomFormats[164] = "0.0%";
        builder.CustomFormats[165] = "#,##0.00;[Red]-#,##0.00%";
        builder.CustomFormats[166] = "[Blue]\"share \"0%";
        foreach (var (style, stored, shown) in new[] { (1, "0.35", "35"), (2, "0.0125", "1.25"), (3, "1.5", "150"), (4, "-0.002", "-0.2"), (5, "12", "1200") })
        {
            var book = builder.Sheet("P" + style, $"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>value</t></is></c></row><row r=\"2\"><c r=\"A2\" s=\"{style}\"><v>{stored}</v></c></row>").Build();
            var error = Assert.Throws<InputException>(() => XlsxSheet.Read(book, "p.xlsx", "P" + style))!.Errors.Single();
            Assert.That(error.ToString(), Does.StartWith($"p.xlsx:P{style}!A2: found '{stored} (shown as {shown}%)'; expected a number cell without a percent format")
                .And.Contain($"write {shown} in a General or Number cell if {shown} percent is meant, or format the cell as General if {stored} is meant"), $"style {style}");
        }
    }

    [Test]
    public void A_literal_percent_sign_in_a_format_shows_the_number_as_stored_and_is_read()
    {
        // A quoted or escaped % does not multiply by 100: 35 shows as 35.0%. Text in a percent style is text.
        var builder = new XlsxBuilder { CellFormats = [0, 164, 165, 9] };
        builder.CustomFormats[164] = "0.0\"%\"";
        builder.CustomFormats[165] = "0.0\\%";
        builder.Sheet("S", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>value</t></is></c></row>"
            + "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>35</v></c></row><row r=\"3\"><c r=\"A3\" s=\"2\"><v>35.5</v></c></row>"
            + "<row r=\"4\"><c r=\"A4\" s=\"3\" t=\"inlineStr\"><is><t>35</t></is></c></row>");
        Assert.That(XlsxSheet.Read(builder.Build(), "l.xlsx", null).Rows.Select(r => r.Fields[0]), Is.EqualTo(new[] { "35", "35.5", "35" }));
    }

    [Test]
    public void A_percent_row_of_a_figure_workbook_is_refused_rather_than_read_100_times_too_small()
    {
        // The review's case: 35 % stored as 0.35 with format 9 in a percent row.
        var builder = new XlsxBuilder { CellFormats = [0, 9] };
        object?[] record = ["t1", "national_share", "x", "percent", "S1", "low", null, null];
        builder.Sheet("Sheet1", XlsxBuilder.Rows(FigureHeader, record).Replace("<c r=\"C2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">x</t></is></c>", "<c r=\"C2\" s=\"1\"><v>0.35</v></c>", StringComparison.Ordinal));
        var error = ReadFails(builder.Build(), "f1.xlsx").Errors.Single();
        Assert.That((error.Sheet, error.Cell, error.Found), Is.EqualTo(("Sheet1", "C2", "0.35 (shown as 35%)")));
    }

    [TestCase("0.35", "35")]
    [TestCase("0.001", "0.1")]
    [TestCase("1", "100")]
    [TestCase("12.3456", "1234.56")]
    [TestCase("-0.0025", "-0.25")]
    [TestCase("0", "0")]
    [TestCase("0.00000000000000000001", "0.000000000000000001")]
    public void The_percent_shown_is_the_stored_decimal_times_100_exactly(string stored, string shown) =>
        Assert.That(XlsxText.Percent(stored), Is.EqualTo(shown));

    [Test]
    public void The_shortest_text_of_any_double_reads_back_as_that_double_and_has_no_exponent()
    {
        var random = new Random(20261129);
        for (int k = 0; k < 20_000; k++)
        {
            var d = BitConverter.Int64BitsToDouble(random.NextInt64());
            if (!double.IsFinite(d)) continue;
            var text = XlsxText.Shortest(d);
            Assert.That(text, Does.Not.Contain("E").And.Not.Contain("e"), d.ToString("R", CultureInfo.InvariantCulture));
            Assert.That(double.Parse(text, CultureInfo.InvariantCulture), Is.EqualTo(d), text);
            Assert.That(text.TrimStart('-').Replace(".", "", StringComparison.Ordinal).Trim('0').Length,
                Is.LessThanOrEqualTo(17), "no more significant digits than a double needs: " + text);
        }
    }

    [Test]
    public void Figure_values_from_number_cells_are_exact_decimals()
    {
        var figures = FigureCsv.Read(FigureBook(Figure(0.1), Figure(1000000000000001L), Figure(123456789.123)), "f.xlsx");
        Assert.That(figures.Select(f => f.Quantity.Value), Is.EqualTo(new[] { 0.1m, 1000000000000001m, 123456789.123m }));
    }

    [Test]
    public void A_text_cell_is_read_exactly_by_the_csv_number_rules_so_long_values_belong_in_text_cells()
    {
        var figures = FigureCsv.Read(FigureBook(Figure("12345678901234567890.25")), "f.xlsx");
        Assert.That(figures.Single().Quantity.Value, Is.EqualTo(12345678901234567890.25m));
        var error = ReadFails(FigureBook(Figure("1,000")), "county.xlsx").Errors.Single();
        Assert.That(error.ToString(), Is.EqualTo($"county.xlsx:Sheet1!C2: found '1,000'; expected {InvariantNumber.DecimalExpected}"));
        Assert.That((error.Sheet, error.Cell, error.Line, error.Column), Is.EqualTo(("Sheet1", "C2", 2L, "value")));
    }

    [Test]
    public void Abc_in_a_value_cell_names_file_sheet_and_cell()
    {
        var book = new XlsxBuilder().Table("Sheet1", FigureHeader, Figure(1), Figure(2), Figure(3), Figure(4), Figure(5), Figure("abc")).Build();
        Assert.That(ReadFails(book, "FILE").Message, Does.StartWith("FILE:Sheet1!C7: found 'abc'; expected a number"));
    }

    [Test]
    public void Date_cells_read_as_iso_dates_never_as_displayed()
    {
        // Style 1 is the built-in date format 14, style 2 a custom Chinese date format, style 3 a plain number format.
        var builder = new XlsxBuilder { CellFormats = [0, 14, 176, 4] };
        builder.CustomFormats[176] = "yyyy\"年\"m\"月\"d\"日\"";
        builder.Sheet("S", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>d</t></is></c></row>"
            + "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>45292</v></c></row>"
            + "<row r=\"3\"><c r=\"A3\" s=\"2\"><v>45292</v></c></row>"
            + "<row r=\"4\"><c r=\"A4\" s=\"3\"><v>45292</v></c></row>"
            + "<row r=\"5\"><c r=\"A5\" s=\"1\"><v>59</v></c></row>"
            + "<row r=\"6\"><c r=\"A6\" s=\"1\"><v>61</v></c></row>"
            + "<row r=\"7\"><c r=\"A7\" s=\"1\"><v>45292.5</v></c></row>"
            + "<row r=\"8\"><c r=\"A8\" t=\"d\"><v>2023-05-01T00:00:00</v></c></row>");
        var fields = XlsxSheet.Read(builder.Build(), "d.xlsx", null).Rows.Select(r => r.Fields[0]);
        Assert.That(fields, Is.EqualTo(new[] { "2024-01-01", "2024-01-01", "45292", "1900-02-28", "1900-03-01", "2024-01-01T12:00:00", "2023-05-01" }));
    }

    [Test]
    public void The_1904_date_system_and_the_day_that_never_was()
    {
        var book1904 = new XlsxBuilder { CellFormats = [14], Date1904 = true }.Table("S", ["d"], [0]).Build();
        Assert.That(XlsxSheet.Read(book1904, "d.xlsx", null).Rows.Single().Fields, Is.EqualTo(new[] { "1904-01-01" }));
        var leap = new XlsxBuilder { CellFormats = [14] }.Table("S", ["d"], [60]).Build();
        var error = Assert.Throws<InputException>(() => XlsxSheet.Read(leap, "d.xlsx", null))!.Errors.Single();
        Assert.That(error.ToString(), Does.StartWith("d.xlsx:S!A2: found '60'; expected a date cell"));
    }

    [Test]
    public void A_published_date_cell_is_a_valid_iso_date_of_a_figure()
    {
        var builder = new XlsxBuilder { CellFormats = [0, 14] };
        builder.Sheet("Sheet1", XlsxBuilder.Rows(FigureHeader) + "<row r=\"2\">" + string.Concat(Figure(1).Select((v, k) => v switch
        {
            null => k == 6 ? "<c r=\"G2\" s=\"1\"><v>45000</v></c>" : "",
            string s => $"<c r=\"{XlsxBuilder.Column(k)}2\" t=\"inlineStr\"><is><t>{s}</t></is></c>",
            _ => $"<c r=\"{XlsxBuilder.Column(k)}2\"><v>{v}</v></c>",
        })) + "</row>");
        Assert.That(FigureCsv.Read(builder.Build(), "f.xlsx").Single().Source.Published, Is.EqualTo("2023-03-15"));
    }

    [Test]
    public void Shared_strings_join_their_runs_leave_out_phonetic_runs_and_decode_escapes()
    {
        var builder = new XlsxBuilder
        {
            SharedStringsXml = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<si><t>name</t></si>"
                + "<si><r><t>小北</t></r><r><rPr><b/></rPr><t>河</t></r><rPh sb=\"0\" eb=\"2\"><t>ショウホク</t></rPh></si>"
                + "<si><t>line one_x000D_\nline two, 5_x005F_x0041_</t></si>"
                + "<si><t xml:space=\"preserve\">  spaced  </t></si>"
                + "<si/></sst>",
        };
        builder.Sheet("S", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row><row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c></row><row r=\"4\"><c r=\"A4\" t=\"s\"><v>3</v></c></row>");
        var fields = XlsxSheet.Read(builder.Build(), "s.xlsx", null).Rows.Select(r => r.Fields[0]);
        Assert.That(fields, Is.EqualTo(new[] { "小北河", "line one\r\nline two, 5_x0041_", "  spaced  " }));
    }

    [Test]
    public void Formulas_give_their_stored_result_and_a_formula_without_one_is_an_error()
    {
        var book = new XlsxBuilder().Sheet("S", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>v</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>w</t></is></c></row>"
            + "<row r=\"2\"><c r=\"A2\"><f>1+1</f><v>2</v></c><c r=\"B2\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c></row>").Build();
        Assert.That(XlsxSheet.Read(book, "f.xlsx", null).Rows.Single().Fields, Is.EqualTo(new[] { "2", "ab" }));
        var noResult = new XlsxBuilder().Sheet("S", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>v</t></is></c></row><row r=\"2\"><c r=\"A2\"><f>SUM(A5:A9)</f></c></row>").Build();
        Assert.That(Assert.Throws<InputException>(() => XlsxSheet.Read(noResult, "f.xlsx", null))!.Message,
            Does.StartWith("f.xlsx:S!A2: found '=SUM(A5:A9)'; expected a value; this formula has no stored result"));
    }

    [Test]
    public void Error_and_boolean_cells()
    {
        var book = new XlsxBuilder().Sheet("S", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>v</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"b\"><v>1</v></c></row><row r=\"3\"><c r=\"A3\" t=\"b\"><v>0</v></c></row>").Build();
        Assert.That(XlsxSheet.Read(book, "b.xlsx", null).Rows.Select(r => r.Fields[0]), Is.EqualTo(new[] { "true", "false" }));
        var error = new XlsxBuilder().Sheet("S", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>v</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"e\"><v>#N/A</v></c></row>").Build();
        Assert.That(Assert.Throws<InputException>(() => XlsxSheet.Read(error, "e.xlsx", null))!.Message,
            Is.EqualTo("e.xlsx:S!A2: found '#N/A'; expected a value, not the spreadsheet error #N/A"));
    }

    [Test]
    public void A_sheet_is_chosen_by_name_case_insensitively_chinese_names_included_and_the_first_by_default()
    {
        var book = new XlsxBuilder().Table("说明", ["note"], ["read the second sheet"]).Table("产量", [.. FigureHeader], Figure(7)).Table("Sheet3", [.. FigureHeader], Figure(9)).Build();
        Assert.That(FigureCsv.Read(book, "b.xlsx", new CsvReadOptions { Sheet = "产量" }).Single().Quantity.Value, Is.EqualTo(7m));
        Assert.That(FigureCsv.Read(book, "b.xlsx", new CsvReadOptions { Sheet = "SHEET3" }).Single().Quantity.Value, Is.EqualTo(9m));
        Assert.That(ReadFails(book, "b.xlsx").Message, Does.StartWith("b.xlsx:说明!1:1: found 'note'; expected a header row naming the columns")
            .And.EndWith("(the first sheet, '说明', was read; the workbook also has '产量', 'Sheet3': name one with CsvReadOptions.Sheet)"));
        var missing = ReadFails(book, "b.xlsx", "产值").Errors.Single();
        Assert.That(missing.ToString(), Is.EqualTo("b.xlsx:(file): found '产值'; expected a worksheet named one of: '说明', '产量', 'Sheet3'"));
    }

    [Test]
    public void A_table_below_a_title_and_right_of_an_empty_column_names_its_own_cells()
    {
        // Row 1 empty, row 2 empty; the header is in row 3 from column B.
        object?[] empty = [null], header = [null, .. FigureHeader], record = [null, .. Figure("x")];
        var book = new XlsxBuilder().Table("表1", empty, empty, header, record).Build();
        var error = ReadFails(book, "t.xlsx").Errors.Single();
        Assert.That(error.ToString(), Does.StartWith("t.xlsx:表1!D4: found 'x'; expected a number"));
        var outside = new XlsxBuilder().Table("S", [.. FigureHeader], [.. Figure(1), null, "stray"]).Build();
        Assert.That(ReadFails(outside, "o.xlsx").Message, Is.EqualTo("o.xlsx:S!J2: found 'stray'; expected nothing outside the columns of the header (A to H)"));
    }

    [Test]
    public void The_checks_of_csv_apply_to_worksheets_through_the_same_row_model()
    {
        var duplicate = FigureBook(Figure(5), Figure(5));
        Assert.That(ReadFails(duplicate, "d.xlsx").Message, Does.StartWith("d.xlsx:Sheet1!3:3: found 'xiaobeihe,pairs_per_year,5,pairs,A survey,high,,'; expected each figure once; row 2 has the same figure"));
        var formulaText = FigureBook(Figure(5, null, "=HYPERLINK(\"x\")"));
        Assert.That(ReadFails(formulaText, "n.xlsx").Message, Does.StartWith("n.xlsx:Sheet1!H2: found '=HYPERLINK(\"x\")'; expected text that does not start with = + - @"));
        var missingColumn = new XlsxBuilder().Table("S", ["cluster", "indicator", "value", "unit", "source_title"], ["a", "b", 1, "pairs", "t"]).Build();
        Assert.That(ReadFails(missingColumn, "m.xlsx").Message, Is.EqualTo("m.xlsx:S!1:1: found 'cluster,indicator,value,unit,source_title'; expected a required column named 'confidence'"));
        var all = FigureCsv.Validate(FigureBook(Figure("abc"), Figure(1, "2023-13")), "v.xlsx");
        Assert.That(all.Select(e => e.Sheet + "!" + e.Cell), Is.EqualTo(new[] { "Sheet1!C2", "Sheet1!G3" }));
    }

    [Test]
    public void An_empty_sheet_and_a_header_with_a_gap_are_errors()
    {
        Assert.That(ReadFails(new XlsxBuilder().Sheet("S", "").Build(), "e.xlsx").Message, Does.StartWith("e.xlsx:S: found ''; expected a header row (cluster,"));
        var gap = new XlsxBuilder().Table("S", ["cluster", null, "value"]).Build();
        Assert.That(ReadFails(gap, "g.xlsx").Message, Is.EqualTo("g.xlsx:S!B1: found ''; expected a column name: the header row has no gaps between its first and last name"));
    }

    [Test]
    public void Regions_files_may_be_workbooks()
    {
        var book = new XlsxBuilder().Table("地区", ["id", "kind", "name_en", "name_zh"], ["my-town", "cluster", "My Town", "我的镇"]).Build();
        var region = RegionCsv.Read(book, "regions.xlsx", new CsvReadOptions { Sheet = "地区" }).Single();
        Assert.That((region.Id, region.NameZh), Is.EqualTo(("my-town", "我的镇")));
    }

    [Test]
    public void A_workbook_on_disk_is_read_by_its_path_and_a_csv_file_as_before()
    {
        var path = Repo.Artifact("xlsx", "on-disk.xlsx");
        File.WriteAllBytes(path, FigureBook(Figure(42)));
        Assert.That(FigureCsv.Read(path).Single().Quantity.Value, Is.EqualTo(42m));
        var csv = Repo.Artifact("xlsx", "on-disk.csv");
        File.WriteAllText(csv, string.Join(",", FigureHeader) + "\nxiaobeihe,pairs_per_year,42,pairs,A survey,high,,\n");
        Assert.That(FigureCsv.Read(csv).Single().Quantity.Value, Is.EqualTo(42m));
    }

    [Test]
    public void A_csv_input_that_arrives_in_small_chunks_still_names_the_column_of_invalid_utf8()
    {
        byte[] csv = [.. "cluster,indicator,value,unit,source_title,confidence,notes\nxiaobeihe,pairs_per_year,1,pairs,t,high,"u8, 0xE5, 0xB0, .. "\n"u8];
        var (_, errors) = CsvInput.ReadAll(new Trickle(csv), "slow.csv", CsvReadOptions.Default, FigureCsv.Schema, r => FigureCsv.ParseRecord(r, UnitVocabulary.BuiltIn), null);
        Assert.That(errors.Single().ToString(), Does.StartWith("slow.csv:2:notes: found '0xE5 0xB0 0x0A'"));
    }

    [Test]
    public void The_walkthrough_workbook_is_read_from_its_chinese_sheet_and_its_first_sheet_says_which_to_name()
    {
        var path = Repo.Path("notebooks", "data", "example-town-figures.xlsx");
        var error = Assert.Throws<InputException>(() => FigureCsv.Read(path))!.Errors.Single();
        Assert.That(error.ToString(), Does.StartWith($"{path}:说明!1:1: found '示例镇袜业统计年报 2023（示意数据）'; expected a header row naming the columns")
            .And.EndWith("the workbook also has '袜业统计': name one with CsvReadOptions.Sheet)"));
        var figures = FigureCsv.Read(path, new CsvReadOptions { Sheet = "袜业统计" });
        Assert.That(figures.Select(f => (f.RegionId, f.Indicator.Name, f.Quantity.Value, f.Quantity.Unit.Code, f.Qualifier, f.Source.Published)), Is.EqualTo(new[]
        {
            ("example-town", "knitting_machines", 6000m, "machines", Qualifier.Approximately, "2024-03-15"),
            ("example-town", "export_share_of_output", 35m, "percent", Qualifier.Approximately, "2024-03-15"),
        }));
    }
}
