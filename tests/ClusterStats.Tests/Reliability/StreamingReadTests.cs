using System.Text;

namespace ClusterStats.Tests.Reliability;

/// <summary>Figure files stream: a huge field, an endless input and invalid UTF-8 deep in a file stop reading with a
/// precise error and bounded memory; duplicates compare values, not text.</summary>
public class StreamingReadTests
{
    private const string Header = "cluster,indicator,value,unit,year,source_title,confidence\n";
    private const string Row = "xiaobeihe,firm_count,226,firms,2024,Seed,low\n";

    private static string Temp(byte[] content)
    {
        var path = Path.GetTempFileName();
        File.WriteAllBytes(path, content);
        return path;
    }

    [Test]
    public void An_endless_input_stops_at_the_read_limit_with_a_clear_error()
    {
        if (!File.Exists("/dev/zero")) Assert.Fail("/dev/zero is needed for this test");
        long before = GC.GetTotalAllocatedBytes();
        var ex = Assert.Throws<ClusterStatsException>(() => FigureCsv.Read("/dev/zero"));
        Assert.That(ex!.Message, Does.StartWith("Cannot read '/dev/zero': it gave more than the 0 bytes its size says"));
        Assert.That(GC.GetTotalAllocatedBytes() - before, Is.LessThan(256L << 20));
    }

    [Test]
    public void An_input_beyond_the_byte_limit_is_an_error_not_read_on()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + string.Concat(Enumerable.Repeat(Row.Replace("226", "227", StringComparison.Ordinal), 1)) + Row);
        var ex = Assert.Throws<InputException>(() => FigureCsv.Read(bytes, "long.csv", new CsvReadOptions { MaxInputBytes = 100 }));
        Assert.That(ex!.Errors.Single().Expected, Does.StartWith("input of at most 100 bytes"));
        Assert.That(FigureCsv.Read(bytes, "long.csv", new CsvReadOptions { MaxInputBytes = bytes.Length }), Has.Count.EqualTo(2));
        foreach (var encoding in new[] { CsvEncoding.GB18030, CsvEncoding.Auto })
        {
            Assert.Throws<InputException>(() => FigureCsv.Read(bytes, "long.csv", new CsvReadOptions { MaxInputBytes = 100, Encoding = encoding }));
        }
    }

    [Test]
    public void A_field_far_beyond_the_cap_stops_reading_without_holding_it()
    {
        var path = Temp(Encoding.UTF8.GetBytes(Header + "xiaobeihe,firm_count,226,firms,2024," + new string('S', 64 << 20) + ",low\n"));
        long before = GC.GetAllocatedBytesForCurrentThread();
        var ex = Assert.Throws<InputException>(() => FigureCsv.Read(path));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.That(ex!.Errors.Single().Line, Is.EqualTo(2));
        Assert.That(ex.Errors.Single().Expected, Does.Contain("fields of at most 100000 characters"));
        Assert.That(allocated, Is.LessThan(64L << 20), "the 64 MiB field is never held");
    }

    [TestCase(1)]
    [TestCase(5000)]
    [TestCase(20000)]
    public void Invalid_utf8_on_any_row_names_its_line_and_column(int rowsBefore)
    {
        var text = Encoding.UTF8.GetBytes(Header + string.Concat(Enumerable.Range(0, rowsBefore).Select(i => $"c{i},firm_count,{i},firms,2024,Seed,low\n")));
        byte[] bad = [.. text, .. "xiaobeihe,firm_count,226,firms,2024,Se"u8.ToArray(), 0xC3, 0x28, .. "d,low\n"u8.ToArray()];
        var ex = Assert.Throws<InputException>(() => FigureCsv.Read(bad, "bad.csv"));
        Assert.That(ex!.Errors.Single().ToString(), Is.EqualTo($"bad.csv:{rowsBefore + 2}:source_title: found '0xC3 0x28 0x64 0x2C'; expected UTF-8 text; if the file was saved as GB18030 (GBK), read it with the encoding option CsvReadOptions.Encoding = CsvEncoding.GB18030"));
    }

    [Test]
    public void A_sequence_cut_at_the_end_of_the_file_is_invalid_utf8()
    {
        byte[] bad = [.. Encoding.UTF8.GetBytes(Header + "xiaobeihe,firm_count,226,firms,2024,Seed,low"), 0xE5, 0xB0];
        var ex = Assert.Throws<InputException>(() => FigureCsv.Read(bad, "cut.csv"));
        Assert.That(ex!.Errors.Single().ToString(), Does.StartWith("cut.csv:2:confidence: found '0xE5 0xB0'"));
    }

    [TestCase("2200000000", "2200000000.0")]
    [TestCase("0.5", ".50")]
    [TestCase("-0", "0")]
    [TestCase("42", "+42")]
    public void Duplicates_compare_values_not_text(string first, string second)
    {
        var text = Header + $"xiaobeihe,pairs_per_year,{first},pairs,2024,Seed,low\nxiaobeihe,pairs_per_year,{second},pairs,2024,Seed,low\n";
        var ex = Assert.Throws<InputException>(() => FigureCsv.Read(Encoding.UTF8.GetBytes(text), "dup.csv"));
        Assert.That(ex!.Errors.Single().Expected, Is.EqualTo("each figure once; line 2 has the same figure"));
    }

    [Test]
    public void Streaming_a_file_gives_what_reading_its_bytes_gives()
    {
        var csv = FigureCsv.ToCsv(ReferenceData.Load().Figures);
        foreach (var bom in new[] { false, true })
        {
            var bytes = (bom ? new byte[] { 0xEF, 0xBB, 0xBF } : []).Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
            var path = Temp(bytes);
            Assert.That(FigureCsv.Read(path).ToList(), Is.EqualTo(FigureCsv.Read(bytes, path).ToList()));
            Assert.That(FigureCsv.Validate(path), Is.Empty);
        }
    }
}

/// <summary>Index files cap their fields, so an endless input or a huge field stops with an error, not out of memory.</summary>
public class IndexFileLimitTests
{
    [Test]
    public void An_endless_index_input_stops_at_once()
    {
        if (!File.Exists("/dev/zero")) Assert.Fail("/dev/zero is needed for this test");
        var ex = Assert.Throws<ClusterStatsException>(() => ClusterStats.Indices.RegionIndustryMatrix.FromCsv("/dev/zero"));
        Assert.That(ex!.Message, Is.EqualTo("Cannot read '/dev/zero': it gave more than the 0 bytes its size says (a device, or a file growing while read); expected a regular file that does not change while read."));
    }

    [Test]
    public void A_field_over_the_cap_names_line_and_column_and_one_at_the_cap_reads()
    {
        int cap = CsvReadOptions.Default.MaxFieldLength;
        var atCap = "region,industry,value\nr," + new string('i', cap) + ",1\n";
        Assert.That(Internal.CsvTable.Parse(atCap, "m.csv").Rows, Has.Count.EqualTo(1));
        var over = "region,industry,value\nr,\"" + new string('i', cap + 1) + "\",1\n";
        var ex = Assert.Throws<InputException>(() => Internal.CsvTable.Parse(over, "m.csv"));
        Assert.That((ex!.Errors.Single().Line, ex.Errors.Single().Column), Is.EqualTo((2L, "industry")));
        Assert.That(ex.Errors.Single().Expected, Is.EqualTo($"a field of at most {cap} characters"));
    }

    [Test]
    public void A_table_takes_the_field_cap_of_its_options()
    {
        var text = "region,industry,value\nr,abcdef,1\n";
        var options = new CsvReadOptions { MaxFieldLength = 5 };
        var ex = Assert.Throws<InputException>(() => Internal.CsvTable.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "m.csv", options));
        Assert.That((ex!.Errors.Single().Line, ex.Errors.Single().Column, ex.Errors.Single().Found), Is.EqualTo((2L, "industry", "abcdef")));
        Assert.That(Internal.CsvTable.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "m.csv", options with { MaxFieldLength = 6 }).Rows, Has.Count.EqualTo(1));
    }

    [TestCase((byte)0)]
    [TestCase((byte)'x')]
    [TestCase((byte)',')]
    public void An_endless_stream_without_a_line_end_stops_a_table_at_the_record_limit(byte fill)
    {
        // A pipe gives no size: the record limit, not the input limit of 4 GiB, must stop it.
        var options = new CsvReadOptions { MaxFieldLength = 1000 };
        var ex = Assert.Throws<InputException>(() => Internal.CsvTable.Read(new Endless(fill), "pipe", options));
        var error = ex!.Errors.Single();
        Assert.That((error.File, error.Line, error.Column), Is.EqualTo(("pipe", 1L, "(row)")));
        Assert.That(error.Expected, Does.StartWith("a record of at most " + (4L * 1000 * 64 + 65536) + " bytes"));
    }

    /// <summary>A stream that never ends, of one byte repeated.</summary>
    private sealed class Endless(byte fill) : Stream
    {
        public long Given { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Given; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));
        public override int Read(Span<byte> buffer)
        {
            buffer.Fill(fill);
            Given += buffer.Length;
            if (Given > 1L << 30) throw new InvalidOperationException("read far past any limit");
            return buffer.Length;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
