using System.Diagnostics;
using System.Text;

namespace ClusterStats.Tests.Evidence;

/// <summary>
/// Mutated figure files (random bytes, truncation, unbalanced quotes, invalid UTF-8, very long lines) give figures or
/// a <see cref="InputException"/>, never another exception. Bounds checked for every input: at most 2 seconds and
/// at most 64 MiB allocated by the reader; the whole run (400 inputs, seed 20261126) at most 60 seconds.
/// </summary>
public class FuzzTests
{
    private const int Inputs = 400;
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(2);
    private const long MaxAllocatedBytes = 64L * 1024 * 1024;

    [Test]
    public void Mutated_files_give_figures_or_the_documented_exception_within_time_and_memory_bounds()
    {
        var random = new Random(20261126);
        var seeds = new List<byte[]>
        {
            Encoding.UTF8.GetBytes(string.Join("\r\n", FigureCsv.ToCsv(ReferenceData.Load().Figures).Split("\r\n").Take(40)) + "\r\n"),
        };
        seeds.AddRange(Directory.GetFiles(Repo.Path("tests", "data", "bad"), "*.csv").Where(f => new FileInfo(f).Length < 10_000).Select(File.ReadAllBytes));
        var total = Stopwatch.StartNew();
        int readOk = 0, rejected = 0;
        for (int i = 0; i < Inputs; i++)
        {
            var input = Mutate(seeds[random.Next(seeds.Count)], random);
            var options = new CsvReadOptions { CollectAllErrors = random.Next(2) == 0, Encoding = (CsvEncoding)random.Next(3) };
            Exception? unexpected = null;
            long allocated = 0;
            bool ok = false;
            var task = Task.Run(() =>
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                try
                {
                    FigureCsv.Read(input, "fuzz.csv", options);
                    ok = true;
                }
                catch (InputException ex)
                {
                    Assert.That(ex.Errors, Is.Not.Empty);
                }
                catch (Exception ex)
                {
                    unexpected = ex;
                }
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            });
            Assert.That(task.Wait(PerInput), Is.True, $"input {i} took longer than {PerInput}");
            Assert.That(unexpected, Is.Null, $"input {i}: {unexpected}");
            Assert.That(allocated, Is.LessThanOrEqualTo(MaxAllocatedBytes), $"input {i} allocated {allocated} bytes");
            if (ok) readOk++; else rejected++;
        }
        Assert.That(total.Elapsed, Is.LessThan(TimeSpan.FromSeconds(60)));
        Assert.That(readOk, Is.GreaterThan(0), "some mutations still read");
        Assert.That(rejected, Is.GreaterThan(Inputs / 2), "most mutations are rejected");
    }

    private static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = new List<byte>(seed);
        int kinds = random.Next(1, 4);
        for (int k = 0; k < kinds; k++)
        {
            int at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0: // random bytes
                    for (int j = 0; j < random.Next(1, 16) && bytes.Count > 0; j++) bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                    break;
                case 1: // truncation
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 2: // unbalanced quote
                    bytes.Insert(at, (byte)'"');
                    break;
                case 3: // invalid UTF-8
                    bytes.InsertRange(at, new byte[] { 0xFF, 0xC0, 0x80, 0xED, 0xA0, 0x80 }[..random.Next(1, 7)]);
                    break;
                case 4: // a very long line
                    bytes.InsertRange(at, Enumerable.Repeat((byte)'x', random.Next(50_000, 300_000)));
                    break;
                default: // duplicated or dropped line ends and separators
                    bytes.Insert(at, (byte)"\n\r,"[random.Next(3)]);
                    break;
            }
        }
        return bytes.ToArray();
    }
}
