namespace ClusterStats.EndToEnd;

/// <summary>
/// The page each script (notebooks/scripts/NAME.cs) wrote when test.sh ran it with <c>dotnet run</c> against the packed
/// package, opened in headless Chromium: the notebook's title, its tables, every image loaded, and source links that
/// only go to http or https addresses (or to anchors on the page).
/// </summary>
[TestFixture]
public class ScriptPageTests
{
    public static IEnumerable<TestCaseData> Pages()
    {
        // The tables and charts each notebook shows: the script's page must show as many.
        yield return new TestCaseData("xiaobeihe", "Xiaobeihe, the \"China Famous Sock Town\"", 4, 2, true);
        yield return new TestCaseData("regional-indices", "Regional indices: where is hosiery concentrated?", 5, 4, false);
        yield return new TestCaseData("your-own-data", "Your own cluster: your files beside the reference data", 4, 0, true);
    }

    [Test]
    public void Every_script_has_a_page_case()
    {
        var scripts = Directory.GetFiles(Path.Combine(E2E.RepositoryRoot, "notebooks", "scripts"), "*.cs").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal);
        Assert.That(Pages().Select(p => (string)p.Arguments[0]!).Order(StringComparer.Ordinal), Is.EqualTo(scripts));
    }

    [TestCaseSource(nameof(Pages))]
    public void Script_page_renders_its_tables_images_and_source_links(string script, string title, int minTables, int images, bool sources)
    {
        var page = Path.Combine(E2E.Scripts, script + ".html");
        Assert.That(File.Exists(page), Is.True, $"{script}.cs wrote no page: {page} is missing (see {script}.log beside it)");
        using var browser = HeadlessChromium.Start();
        browser.Open(new Uri(page).AbsoluteUri);

        Assert.That((string?)browser.Evaluate("document.querySelector('h1').textContent"), Does.StartWith(title));
        Assert.That((int)browser.Evaluate("window.innerWidth")!, Is.EqualTo(1280), "the window is 1280 px wide");
        var width = browser.Evaluate("({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })")!;
        Assert.That((int)width["scroll"]!, Is.LessThanOrEqualTo((int)width["client"]!), "no horizontal scroll: long text lines wrap");
        Assert.That((int)browser.Evaluate("document.querySelectorAll('table tbody tr').length")!, Is.GreaterThan(0), "tables with rows");
        Assert.That((int)browser.Evaluate("document.querySelectorAll('table').length")!, Is.GreaterThanOrEqualTo(minTables));

        var shown = browser.Evaluate(
            "Array.from(document.images).map(i => ({ src: i.getAttribute('src').slice(0, 30), ok: i.complete && i.naturalWidth > 0 }))")!.AsArray();
        Assert.That(shown, Has.Count.EqualTo(images), "the notebook's charts");
        Assert.That(shown.Where(i => !(bool)i!["ok"]!).Select(i => (string?)i!["src"]), Is.Empty, "every image loads");
        Assert.That(shown.Select(i => (string?)i!["src"]), Has.All.StartWith("data:image/png;base64,"), "images are embedded");

        var links = browser.Evaluate("Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'))")!.AsArray().Select(x => (string)x!).ToList();
        Assert.That(links.Where(h => !h.StartsWith('#') && !h.StartsWith("https://", StringComparison.Ordinal) && !h.StartsWith("http://", StringComparison.Ordinal)), Is.Empty,
            "links go to http(s) addresses or within the page");
        var sourceLinks = browser.Evaluate("Array.from(document.querySelectorAll('ol.clusterstats-sources a[href]')).map(a => a.href)")!.AsArray().Select(x => (string)x!).ToList();
        if (sources)
        {
            Assert.That(sourceLinks, Is.Not.Empty, "the numbered sources link to their documents");
            Assert.That(sourceLinks, Has.All.Match("^https?://"));
            var broken = browser.Evaluate("Array.from(document.querySelectorAll('a[href^=\"#\"]')).map(a => a.getAttribute('href').slice(1)).filter(id => !document.getElementById(id))")!.AsArray();
            Assert.That(broken, Is.Empty, "every source number points to a listed source");
        }
        var screenshot = Path.Combine(E2E.Scripts, script + ".png");
        browser.Screenshot(screenshot);
        Assert.That(new FileInfo(screenshot).Length, Is.GreaterThan(10_000));
    }
}
