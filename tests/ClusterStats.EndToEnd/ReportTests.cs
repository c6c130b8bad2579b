
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

    // Every element that lays out as a box (inline text is measured through its box): content wider or taller than
    // the box is clipped (overflow hidden/clip), hidden behind a scroll bar (auto/scroll) or spills over (a fixed size).
    private const string ClippedBoxes = """
        Array.from(document.querySelectorAll('body *'))
          .filter(e => getComputedStyle(e).display !== 'inline' && !['IMG', 'BR'].includes(e.tagName) && (e.clientWidth > 0 || e.clientHeight > 0))
          .filter(e => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
          .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + (e.id ? '#' + e.id : '') +
            ' ' + e.scrollWidth + 'x' + e.scrollHeight + ' in ' + e.clientWidth + 'x' + e.clientHeight + ': ' + (e.textContent || '').trim().slice(0, 60))
        """;

    [Test]
    public void Report_reads_at_1280_px_without_horizontal_scroll_or_clipped_text()
    {
        Assert.That(_run.ExitCode, Is.Zero, _run.ToString());
        using var browser = HeadlessChromium.Start();
        browser.Open(new Uri(Path.Combine(_reportDir, "index.html")).AbsoluteUri);
        Assert.That((int)browser.Evaluate("window.innerWidth")!, Is.EqualTo(1280), "the window is 1280 px wide");
        var width = browser.Evaluate("({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })")!;
        Assert.That((int)width["scroll"]!, Is.LessThanOrEqualTo((int)width["client"]!), "no horizontal scroll");
        var clipped = browser.Evaluate(ClippedBoxes)!.AsArray().Select(x => (string?)x).ToList();
        Assert.That(clipped, Is.Empty, "no box clips or hides its content");
        // The measurement finds a clipped box when there is one: a narrow box with overflow hidden is added to the page.
        var probe = browser.Evaluate("""
            (() => { const d = document.createElement('div'); d.style.cssText = 'width:40px;height:20px;overflow:hidden';
              d.textContent = 'a note far too long for its box'; document.body.appendChild(d); return 0; })()
            """);
        Assert.That(probe, Is.Not.Null);
        Assert.That(browser.Evaluate(ClippedBoxes)!.AsArray(), Has.Count.EqualTo(1), "the probe is found");
    }

    [Test]
    public void Report_prints_on_a4_without_clipped_or_overflowing_content()
    {
        Assert.That(_run.ExitCode, Is.Zero, _run.ToString());
        using var browser = HeadlessChromium.Start();
        browser.Open(new Uri(Path.Combine(_reportDir, "index.html")).AbsoluteUri);
        browser.EmulatePrint(703);
        Assert.That((string?)browser.Evaluate("getComputedStyle(document.querySelector('nav')).display"), Is.EqualTo("none"), "the print styles apply");
        var width = browser.Evaluate("({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })")!;
        Assert.That((int)browser.Evaluate("window.innerWidth")!, Is.EqualTo(703));
        var wide = browser.Evaluate("""
            Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
              .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 10).join('; ')
            """);
        Assert.That((int)width["scroll"]!, Is.LessThanOrEqualTo((int)width["client"]!), "nothing wider than the printable width of A4: " + wide);
        Assert.That(browser.Evaluate(ClippedBoxes)!.AsArray().Select(x => (string?)x), Is.Empty);
    }

    [Test]
    public void Report_opens_with_its_summary()
    {
        Assert.That(_run.ExitCode, Is.Zero, _run.ToString());
        using var browser = HeadlessChromium.Start();
        browser.Open(new Uri(Path.Combine(_reportDir, "index.html")).AbsoluteUri);
        var headings = browser.Evaluate("Array.from(document.querySelectorAll('h2')).map(h => h.id)")!.AsArray().Select(x => (string?)x).ToList();
        Assert.That(headings[0], Is.EqualTo("summary"));
        var top = (double)browser.Evaluate("document.getElementById('summary').getBoundingClientRect().top")!;
        Assert.That(top, Is.LessThan(900), "the summary starts on the first screen");
    }

    [Test]
    public void Report_for_an_unknown_cluster_lists_the_known_ids()
    {
        var result = InstalledTool.Run("report", "atlantis", "--out", Path.Combine(E2E.Artifacts, "report-unknown"));
        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stderr, Does.Contain("atlantis").And.Contain("xiaobeihe").And.Contain("datang"));
    }
}
