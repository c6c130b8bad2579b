using System.Diagnostics;
using ClusterStats.Cli;
using ClusterStats.Internal;
using ClusterStats.Tests.Indices;

namespace ClusterStats.Tests.Safety;

/// <summary>
/// Output you can trust: no write through a planted link, a report only into its own folder, replaced as a whole (a
/// failure or a kill in the middle leaves the old report or the new one), one run per folder at a time.
/// </summary>
public class OutputSafetyTests : TempFolderTest
{
    private string Report(string name) => Path.Combine(Folder, name);

    private static (int Code, string Out, string Err) WriteReport(string dir, params string[] extra) =>
        CliRunner.Run(["report", "xiaobeihe", "--out", dir, .. extra]);

    private static Dictionary<string, byte[]> Snapshot(string dir) =>
        Directory.EnumerateFiles(dir).Where(f => Path.GetFileName(f) != OutputFolder.MarkerFile)
            .ToDictionary(f => Path.GetFileName(f), System.IO.File.ReadAllBytes, StringComparer.Ordinal);

    private static bool Same(Dictionary<string, byte[]> a, Dictionary<string, byte[]> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var other) && kv.Value.AsSpan().SequenceEqual(other));

    private string Victim(string text = "precious\n")
    {
        Directory.CreateDirectory(Report("victim"));
        var path = Path.Combine(Report("victim"), "precious.txt");
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    [Test]
    public void A_link_planted_in_a_report_folder_is_not_followed()
    {
        var dir = Report("sym");
        Assert.That(WriteReport(dir).Code, Is.EqualTo(0));
        var victim = Victim();
        foreach (var name in new[] { "figures.csv", "index.html", "compare-pairs_per_year.png" })
        {
            System.IO.File.Delete(Path.Combine(dir, name));
            System.IO.File.CreateSymbolicLink(Path.Combine(dir, name), Path.Combine("..", "victim", "precious.txt"));
        }
        var r = WriteReport(dir, "--currency", "USD");
        Assert.That(r.Code, Is.EqualTo(0), r.Err);
        Assert.That(System.IO.File.ReadAllText(victim), Is.EqualTo("precious\n"));
        Assert.That(new FileInfo(Path.Combine(dir, "figures.csv")).LinkTarget, Is.Null);
        // A folder link planted in the report folder goes with the old report; what it points to stays.
        Directory.CreateSymbolicLink(Path.Combine(dir, "charts"), Report("victim"));
        Assert.That(WriteReport(dir).Code, Is.EqualTo(0));
        Assert.That(System.IO.File.ReadAllText(victim), Is.EqualTo("precious\n"));
        Assert.That(Directory.Exists(Path.Combine(dir, "charts")), Is.False);
        Assert.That(System.IO.File.ReadAllText(Path.Combine(dir, "figures.csv")), Does.StartWith("cluster,indicator,value"));
    }

    [Test]
    public void A_report_folder_that_is_a_link_or_a_file_is_refused()
    {
        var victim = Victim();
        var link = Report("link");
        Directory.CreateSymbolicLink(link, Report("victim"));
        var r = WriteReport(link);
        Assert.That(r.Code, Is.EqualTo(CliApp.InvalidInput));
        Assert.That(r.Err, Does.Contain("symbolic link"));
        Assert.That(Directory.EnumerateFileSystemEntries(Report("victim")), Is.EqualTo(new[] { victim }));
        var file = Report("plain.txt");
        System.IO.File.WriteAllText(file, "mine");
        var f = WriteReport(file);
        Assert.That(f.Code, Is.EqualTo(CliApp.InvalidInput));
        Assert.That(f.Err, Does.Contain("it is a file"));
        Assert.That(System.IO.File.ReadAllText(file), Is.EqualTo("mine"));
    }

    [Test]
    public void A_plot_or_csv_file_is_written_whole_and_never_through_a_link()
    {
        var victim = Victim();
        var input = File("m.csv", "region,industry,value\nA,x,1\nA,y,2\nB,x,3\nB,y,1\n");
        foreach (var ext in new[] { "png", "svg" })
        {
            var link = Report("chart." + ext);
            System.IO.File.CreateSymbolicLink(link, victim);
            var r = CliRunner.Run("plot", "lq", "--input", input, "--out", link);
            Assert.That(r.Code, Is.EqualTo(CliApp.InvalidInput));
            Assert.That(r.Err, Does.Contain("symbolic link"));
            Assert.That(System.IO.File.ReadAllText(victim), Is.EqualTo("precious\n"));
        }
        var csvLink = Report("figures-out.csv");
        System.IO.File.CreateSymbolicLink(csvLink, victim);
        Assert.Throws<ClusterStatsException>(() => FigureCsv.Write(ReferenceData.Load().Figures.Take(2), csvLink));
        Assert.That(System.IO.File.ReadAllText(victim), Is.EqualTo("precious\n"));
        // A plain target is replaced, and no temporary file stays beside it.
        var plain = Report("plain.png");
        System.IO.File.WriteAllText(plain, "old");
        Assert.That(CliRunner.Run("plot", "lq", "--input", input, "--out", plain).Code, Is.EqualTo(0));
        Assert.That(System.IO.File.ReadAllBytes(plain)[..4], Is.EqualTo(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }));
        Assert.That(Directory.EnumerateFiles(Folder, "*.tmp"), Is.Empty);
    }

    [Test]
    public void A_report_goes_only_into_a_missing_an_empty_or_a_marked_folder()
    {
        var mine = Report("mine");
        Directory.CreateDirectory(mine);
        System.IO.File.WriteAllText(Path.Combine(mine, "thesis.docx"), "years of work");
        var r = WriteReport(mine);
        Assert.That(r.Code, Is.EqualTo(CliApp.InvalidInput));
        Assert.That(r.Err, Does.Contain(".clusterstats-report"));
        Assert.That(Directory.EnumerateFileSystemEntries(mine).Select(Path.GetFileName), Is.EqualTo(new[] { "thesis.docx" }));

        var empty = Report("empty");
        Directory.CreateDirectory(empty);
        Assert.That(WriteReport(empty).Code, Is.EqualTo(0));
        Assert.That(System.IO.File.Exists(Path.Combine(empty, OutputFolder.MarkerFile)));
        Assert.That(WriteReport(empty, "--currency", "USD").Code, Is.EqualTo(0), "a marked folder is replaced");
        Assert.That(System.IO.File.ReadAllText(Path.Combine(empty, "comparison.csv")), Does.Match(",output_value,[^,]*,USD,"));

        // A marker that is a link does not count, and only the report's own files are left after a rewrite.
        var fake = Report("fake");
        Directory.CreateDirectory(fake);
        System.IO.File.CreateSymbolicLink(Path.Combine(fake, OutputFolder.MarkerFile), Victim());
        Assert.That(WriteReport(fake).Code, Is.EqualTo(CliApp.InvalidInput));
        Assert.That(Directory.EnumerateDirectories(Folder, ".*clusterstats-*"), Is.Empty, "no staging folder left");
    }

    [Test]
    public void A_failure_in_the_middle_of_writing_leaves_the_old_report_intact([Values(1, 3, 6)] int failAfter)
    {
        var dir = Report("report");
        Assert.That(WriteReport(dir).Code, Is.EqualTo(0));
        var before = Snapshot(dir);
        int written = 0;
        OutputFiles.AfterWrite.Value = _ => { if (++written == failAfter) throw new IOException("disk full (injected)"); };
        try
        {
            var r = WriteReport(dir, "--currency", "USD");
            Assert.That(r.Code, Is.EqualTo(CliApp.InvalidInput));
            Assert.That(r.Err, Does.Contain("disk full (injected)"));
        }
        finally
        {
            OutputFiles.AfterWrite.Value = null;
        }
        Assert.That(Same(Snapshot(dir), before), "the old report, every file as it was");
        Assert.That(Directory.EnumerateDirectories(Folder, ".*"), Is.Empty, "no staging folder left");
    }

    [Test]
    public void Without_the_exchange_the_old_report_is_renamed_aside_and_kept_until_the_new_one_is_in([Values(false, true)] bool fail)
    {
        var dir = Report("report");
        Assert.That(WriteReport(dir).Code, Is.EqualTo(0));
        var before = Snapshot(dir);
        OutputFolder.WithoutExchange.Value = true;
        if (fail) OutputFiles.AfterWrite.Value = path => { if (Path.GetFileName(path) == OutputFolder.MarkerFile) throw new IOException("failed at the marker (injected)"); };
        try
        {
            var r = WriteReport(dir, "--currency", "USD");
            Assert.That(r.Code, Is.EqualTo(fail ? CliApp.InvalidInput : 0), r.Err);
        }
        finally
        {
            OutputFolder.WithoutExchange.Value = false;
            OutputFiles.AfterWrite.Value = null;
        }
        var after = Snapshot(dir);
        Assert.That(Same(after, before), Is.EqualTo(fail));
        if (!fail) Assert.That(System.IO.File.ReadAllText(Path.Combine(dir, "comparison.csv")), Does.Match(",output_value,[^,]*,USD,"));
        Assert.That(Directory.EnumerateDirectories(Folder, ".*"), Is.Empty, "no staging or old folder left");
    }

    [Test]
    public void A_second_run_into_the_same_folder_while_one_writes_exits_1()
    {
        var dir = Report("report");
        (int Code, string Out, string Err)? second = null;
        OutputFiles.AfterWrite.Value = _ => second ??= WriteReport(dir, "--currency", "USD");
        try
        {
            Assert.That(WriteReport(dir).Code, Is.EqualTo(0));
        }
        finally
        {
            OutputFiles.AfterWrite.Value = null;
        }
        Assert.That(second, Is.Not.Null);
        Assert.That(second!.Value.Code, Is.EqualTo(CliApp.InvalidInput));
        Assert.That(second.Value.Err, Does.Contain("another ClusterStats run is writing it"));
        Assert.That(System.IO.File.ReadAllText(Path.Combine(dir, "comparison.csv")), Does.Match(",output_value,[^,]*,CNY,").And.Not.Match(",output_value,[^,]*,USD,"), "the first run's report");
        Assert.That(WriteReport(dir, "--currency", "USD").Code, Is.EqualTo(0), "the lock ends with the run");
    }

    [Test]
    public void A_killed_run_leaves_the_old_report_or_the_new_one_never_a_mix()
    {
        var old = Report("old");
        var fresh = Report("new");
        Assert.That(WriteReport(old).Code, Is.EqualTo(0));
        Assert.That(WriteReport(fresh, "--currency", "USD").Code, Is.EqualTo(0));
        var oldFiles = Snapshot(old);
        var newFiles = Snapshot(fresh);
        Assert.That(Same(oldFiles, newFiles), Is.False);
        var target = Report("target");
        var cli = Path.Combine(AppContext.BaseDirectory, "ClusterStats.Cli.dll");
        int sawOld = 0, sawNew = 0;
        foreach (int delay in new[] { 150, 400, 700, 1000, 1300, 1700, 2200, 3000 })
        {
            if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
            Directory.CreateDirectory(target);
            foreach (var f in Directory.EnumerateFiles(old)) System.IO.File.Copy(f, Path.Combine(target, Path.GetFileName(f)));
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { "exec", cli, "report", "xiaobeihe", "--out", target, "--currency", "USD" }) start.ArgumentList.Add(a);
            using var child = Process.Start(start)!;
            Thread.Sleep(delay);
            try { child.Kill(entireProcessTree: true); }
            catch (InvalidOperationException) { }
            child.WaitForExit();
            var now = Snapshot(target);
            bool isOld = Same(now, oldFiles), isNew = Same(now, newFiles);
            Assert.That(isOld || isNew, $"after a kill at {delay} ms the folder holds {string.Join(", ", now.Keys)}: neither the old report nor the new one");
            if (isOld) sawOld++;
            else sawNew++;
        }
        TestContext.Out.WriteLine($"old report {sawOld} times, new report {sawNew} times");
        Assert.That(WriteReport(target, "--currency", "USD").Code, Is.EqualTo(0), "a run after a killed one cleans up and writes");
        Assert.That(Same(Snapshot(target), newFiles));
        Assert.That(Directory.EnumerateDirectories(Folder, ".*"), Is.Empty, "no staging folder left");
    }
}
