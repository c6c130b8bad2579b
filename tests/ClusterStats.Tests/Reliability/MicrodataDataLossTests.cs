using System.Text;
using ClusterStats.Microdata;

namespace ClusterStats.Tests.Reliability;

/// <summary>Microdata reading never loses rows silently: CR-only line ends, duplicate column names and a file that
/// changes while it is read are errors; invalid UTF-8 in a label is a bad row on whichever row it stands.</summary>
public class MicrodataDataLossTests
{
    private static string Temp(byte[] content)
    {
        var path = Path.GetTempFileName();
        File.WriteAllBytes(path, content);
        return path;
    }

    private static readonly MicrodataAggregation Spec = new()
    {
        Keys = [MicrodataKey.Text("region")],
        Sums = [MicrodataSum.Long("n")],
        Labels = [new MicrodataLabel("region", "name")],
        Parallelism = 1,
    };

    [TestCase("region,name,n\r0101,A,1\r0102,B,2\r")]
    [TestCase("region,name,n\r0101,A,1")]
    [TestCase("\"region\",name,n\r0101,A,1\r")]
    public void Cr_only_line_ends_are_refused_not_read_as_an_empty_file(string text)
    {
        var ex = Assert.Throws<InputException>(() => MicrodataReader.Aggregate(Temp(Encoding.UTF8.GetBytes(text)), Spec));
        Assert.That((ex!.Error.Line, ex.Error.Column), Is.EqualTo((1L, "(header)")));
        Assert.That(ex.Error.Expected, Does.Contain("CR alone"));
    }

    [TestCase("region,name,n,n\n0101,A,1,2\n", "n")]
    [TestCase("region,region,name,n\n0101,0102,A,1\n", "region")]
    [TestCase("region,name,x,n,x\n0101,A,1,2,3\n", "x")]
    public void Duplicate_column_names_are_an_error(string text, string column)
    {
        var ex = Assert.Throws<InputException>(() => MicrodataReader.Aggregate(Temp(Encoding.UTF8.GetBytes(text)), Spec));
        Assert.That(ex!.Error.ToString(), Does.Contain(":1:" + column + ":").And.Contain("each column name once"));
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(5)]
    [TestCase(40000)]
    public void Invalid_utf8_in_a_label_is_a_bad_row_on_any_row(int goodRowsBefore)
    {
        var good = string.Concat(Enumerable.Range(0, goodRowsBefore).Select(i => $"0101,Alpha,{i}\n"));
        byte[] bytes = [.. Encoding.UTF8.GetBytes("region,name,n\n0101,Alpha,1\n" + good), .. "0101,Al"u8.ToArray(), 0xFF, .. "pha,7\n0102,Beta,2\n"u8.ToArray()];
        var path = Temp(bytes);
        var ex = Assert.Throws<InputException>(() => MicrodataReader.Aggregate(path, Spec));
        Assert.That((ex!.Error.Line, ex.Error.Column), Is.EqualTo((goodRowsBefore + 3L, "name")));
        var skipped = MicrodataReader.Aggregate(path, Spec with { BadRows = MicrodataBadRows.Skip });
        Assert.That(skipped.SkippedRowCount, Is.EqualTo(1));
        Assert.That(skipped.GetLong(0, 0), Is.EqualTo(1 + Enumerable.Range(0, goodRowsBefore).Sum(i => (long)i)));
    }

    [Test]
    public void A_file_that_grows_while_it_is_read_is_an_error()
    {
        var path = Temp(Encoding.UTF8.GetBytes("region,name,n\n" + string.Concat(Enumerable.Range(0, 200_000).Select(i => "0101,A,1\n"))));
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(() =>
        {
            using var append = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            while (!stop.IsCancellationRequested)
            {
                append.Write("0102,B,2\n"u8);
                append.Flush();
            }
        });
        try
        {
            InputException? seen = null;
            for (int attempt = 0; attempt < 20 && seen is null; attempt++)
            {
                try
                {
                    MicrodataReader.Aggregate(path, Spec);
                }
                catch (InputException e)
                {
                    seen = e;
                }
            }
            Assert.That(seen, Is.Not.Null, "some read saw the file grow");
            Assert.That((seen!.Error.Column, seen.Error.Expected), Is.EqualTo(("(file)", "a file that does not change while it is read (it is being written: read it when the writer has finished)")));
        }
        finally
        {
            stop.Cancel();
            writer.Wait();
        }
    }
}
