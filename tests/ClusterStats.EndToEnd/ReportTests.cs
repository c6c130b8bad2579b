
namespace ClusterStats.EndToEnd;

/// <summary>
/// The main job as a user runs it: the installed tool writes the Xiaobeihe report, and a real browser (headless
/// Chromium) loads it with every image present. The screenshot is kept in the artifacts for people to look at.
/// </summary>
[TestFixture]
public class ReportTests
{
    private string _reportDir = "";
    private E2E.ProcessResult _run = null!;

    [OneTimeSetUp]
    public void WriteReport()
    {
        _reportDir = Path.Combine(E2E.Artifacts, "report");
        if (Directory.Exists(_reportDir)) Directory.Delete(_reportDir, recursive: true);
        _run = InstalledTool.Run("report", "xiaobeihe", "--out", _reportDir);
    }

    [Test]
    public void Report_verb_succeeds_and_shows_progress_on_stderr()
    {
        Assert.That(_run.ExitCode, Is.Zero, _run.ToString());
        Assert.That(_run.Stderr, Is.Not.Empty, "progress goes to stderr");
        Assert.That(File.Exists(Path.Combine(_reportDir, "index.html")), Is.True);
    }

    [Test]
    public void Report_loads_in_chromium_with_every_image_present()
    {
        Assert.That(_run.ExitCode, Is.Zero, _run.ToString());
        using var browser = HeadlessChromium.Start();
        browser.Open(new Uri(Path.Combine(_reportDir, "index.html")).AbsoluteUri);
        var images = browser.Evaluate(
            "Array.from(document.images).map(i => ({ src: i.getAttribute('src'), ok: i.complete && i.naturalWidth > 0 }))")!.AsArray();
        Assert.That(images, Has.Count.GreaterThanOrEqualTo(2), "the report shows its charts");
        var broken = images.Where(i => !(bool)i!["ok"]!).Select(i => (string?)i!["src"]).ToList();
        Assert.That(broken, Is.Empty, "every image loads");
        var text = (string?)browser.Evaluate("document.body.innerText") ?? "";
        Assert.That(text, Does.Contain("Xiaobeihe").And.Contain("小北河"));
        var screenshot = Path.Combine(E2E.Artifacts, "report-screenshot.png");
        browser.Screenshot(screenshot);
        Assert.That(new FileInfo(screenshot).Length, Is.GreaterThan(10_000));
    }

    [Test]
    public void Report_for_an_unknown_cluster_lists_the_known_ids()
    {
        var result = InstalledTool.Run("report", "atlantis", "--out", Path.Combine(E2E.Artifacts, "report-unknown"));
        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stderr, Does.Contain("atlantis").And.Contain("xiaobeihe").And.Contain("datang"));
    }
}
