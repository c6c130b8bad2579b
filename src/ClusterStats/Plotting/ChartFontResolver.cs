using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using ClusterStats.Internal;
using ScottPlot;
using SkiaSharp;

namespace ClusterStats.Plotting;

/// <summary>
/// An installed font face that can draw a chart's text: its family name, the file it lives in and the face index
/// inside that file (0 for .ttf/.otf; the n-th face of a .ttc/.otc collection).
/// </summary>
/// <param name="Family">The family name stored in the font, e.g. "WenQuanYi Micro Hei".</param>
/// <param name="FilePath">The font file.</param>
/// <param name="FaceIndex">The face inside the file (0-based).</param>
public sealed record ChartFont(string Family, string FilePath, int FaceIndex);

/// <summary>
/// Chooses the font for chart text that ScottPlot's default font cannot draw (Chinese, Japanese, Korean labels).
/// </summary>
/// <remarks>
/// <para>
/// The SkiaSharp build that ships with ScottPlot has no font fallback, so a label in a font without the glyphs is drawn
/// as boxes, silently. This resolver scans font files (.ttf, .otf, .ttc, .otc) under <see cref="FontFolders"/> and picks
/// the first face, in order of preference, that contains every character of the text: WenQuanYi Micro Hei first
/// (ScottPlot lays it out cleanly), then other families, then Noto Sans/Serif CJK (ScottPlot's layout clips their
/// tall line metrics). A font file named by the user (<see cref="FontFile"/>) is always tried first.
/// </para>
/// <para>
/// Text that the default font can draw (Latin labels, digits) keeps the default font: <see cref="Choose"/> returns
/// null. When no face can draw the text, <see cref="Choose"/> throws <see cref="MissingGlyphsException"/> naming the
/// characters and the fix. The scan runs once per resolver and the choice is cached, so later charts pay only a glyph
/// check. Instances are safe to share between threads.
/// </para>
/// </remarks>
public sealed class ChartFontResolver
{
    private static readonly string[] FontExtensions = [".ttf", ".otf", ".ttc", ".otc"];
    private static ChartFontResolver s_default = new();

    private readonly object _gate = new();
    private List<Face>? _faces;
    private Face? _lastChoice;
    private readonly ConcurrentDictionary<string, ChartFont?> _choices = new(StringComparer.Ordinal);

    /// <summary>
    /// Creates a resolver that scans <paramref name="fontFolders"/> (recursively; <see cref="StandardFontFolders"/>
    /// when null) and, when given, tries <paramref name="fontFile"/> before any installed font.
    /// </summary>
    /// <param name="fontFolders">Folders to scan for font files; missing folders are skipped.</param>
    /// <param name="fontFile">A font file (.ttf, .otf, .ttc, .otc) to prefer over installed fonts.</param>
    /// <exception cref="FileNotFoundException">When <paramref name="fontFile"/> does not exist.</exception>
    /// <exception cref="ClusterStatsException">When <paramref name="fontFile"/> is not a font SkiaSharp can read.</exception>
    public ChartFontResolver(IEnumerable<string>? fontFolders = null, string? fontFile = null)
    {
        FontFolders = Array.AsReadOnly((fontFolders ?? StandardFontFolders).ToArray());
        if (fontFile is not null)
        {
            var full = Path.GetFullPath(fontFile);
            if (!File.Exists(full)) throw new FileNotFoundException($"Font file '{full}' does not exist.", full);
            if (FileKind.IsSpecial(full)) ThrowHelper.FontIsDevice(full);
            if (FacesOf(full).Count == 0)
                ThrowHelper.FontUnreadable(full);
            FontFile = full;
        }
    }

    /// <summary>
    /// The resolver that <see cref="Charts"/> uses: scans <see cref="StandardFontFolders"/> unless replaced, e.g. with
    /// <c>ChartFontResolver.Default = new ChartFontResolver(fontFile: "/path/to/font.ttf")</c>.
    /// </summary>
    public static ChartFontResolver Default
    {
        get => Volatile.Read(ref s_default);
        set => Volatile.Write(ref s_default, value ?? throw new ArgumentNullException(nameof(value)));
    }

    /// <summary>
    /// The folders where operating systems keep fonts: on Linux /usr/share/fonts, /usr/local/share/fonts,
    /// ~/.local/share/fonts and ~/.fonts; on Windows %WINDIR%\Fonts and the per-user font folder; on macOS
    /// /System/Library/Fonts, /Library/Fonts and ~/Library/Fonts. Only folders that exist are listed.
    /// </summary>
    public static IReadOnlyList<string> StandardFontFolders
    {
        get
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            string[] candidates =
            [
                "/usr/share/fonts", "/usr/local/share/fonts",
                Path.Combine(home, ".local", "share", "fonts"), Path.Combine(home, ".fonts"),
                Environment.GetFolderPath(Environment.SpecialFolder.Fonts),
                Path.Combine(local, "Microsoft", "Windows", "Fonts"),
                "/System/Library/Fonts", "/Library/Fonts", Path.Combine(home, "Library", "Fonts"),
            ];
            return ReadOnly.List(candidates.Where(d => d.Length > 0 && Directory.Exists(d)).Distinct(StringComparer.Ordinal));
        }
    }

    /// <summary>The folders this resolver scans for font files.</summary>
    public IReadOnlyList<string> FontFolders { get; }

    /// <summary>The font file named by the user (full path), tried before installed fonts; null when none.</summary>
    public string? FontFile { get; }

    /// <summary>
    /// Chooses the font for <paramref name="texts"/>: null when ScottPlot's default font draws every character (keep the
    /// default), otherwise the preferred face that draws every character of every text. The face is registered with
    /// ScottPlot under its family name, so <c>FontName = choice.Family</c> works on any ScottPlot label.
    /// </summary>
    /// <param name="texts">Every text the chart draws (title, axis labels, tick labels, legend, annotations).</param>
    /// <exception cref="MissingGlyphsException">When no face can draw all characters.</exception>
    public ChartFont? Choose(IEnumerable<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var codePoints = DrawnCodePoints(texts);
        if (codePoints.Length == 0) return null;
        var key = string.Concat(codePoints.Select(c => char.ConvertFromUtf32(c)));
        if (_choices.TryGetValue(key, out var cached)) return cached;

        var choice = ChooseUncached(codePoints);
        _choices.TryAdd(key, choice);
        return choice;
    }

    /// <summary>
    /// Applies the font chosen for every text of <paramref name="plot"/> (title, axis labels, tick labels of manual
    /// ticks, legend items, text and annotation plottables, bar value labels, colour-bar labels) to all of those labels.
    /// Charts made by <see cref="Charts"/> are already applied; call this again after adding CJK text to a plot.
    /// Returns the chosen font, or null when the plot keeps ScottPlot's default font.
    /// </summary>
    /// <param name="plot">The plot whose labels get the font.</param>
    /// <param name="extraTexts">Texts the plot draws that cannot be read from it before rendering: labels of fixed
    /// ticks (<c>NumericManual</c>) added by the caller. Ticks set by <see cref="Charts"/> are known already.</param>
    /// <exception cref="MissingGlyphsException">When no face can draw all characters.</exception>
    public ChartFont? Apply(Plot plot, IEnumerable<string>? extraTexts = null)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var choice = Choose(PlotText.Collect(plot).Concat(extraTexts ?? []));
        if (choice is not null) PlotText.SetFont(plot, choice.Family);
        return choice;
    }

    private ChartFont? ChooseUncached(int[] codePoints)
    {
        var defaultFace = Fonts.GetTypeface(Fonts.Default, bold: false, italic: false);
        if (FontFile is null && codePoints.All(c => defaultFace.GetGlyph(c) != 0)) return null;

        lock (_gate)
        {
            if (_lastChoice is not null && _lastChoice.DrawsAll(codePoints)) return _lastChoice.ToChartFont();
            if (_faces is null && FontFile is null && PreferredFace(codePoints) is { } preferred)
            {
                // The preferred family draws the text: no need to open every installed face (Noto CJK alone is ~100 MB).
                preferred.Register();
                _lastChoice = preferred;
                return preferred.ToChartFont();
            }
            _faces ??= ScanFaces();
            var best = _faces.FirstOrDefault(f => f.DrawsAll(codePoints));
            if (best is null)
            {
                var missing = codePoints.Where(c => defaultFace.GetGlyph(c) == 0 && !_faces.Any(f => f.Typeface.GetGlyph(c) != 0)).ToArray();
                if (missing.Length == 0)
                {
                    // Every character exists in some face, but no single face has them all: report what the closest face lacks.
                    var closest = _faces.OrderBy(f => codePoints.Count(c => f.Typeface.GetGlyph(c) == 0)).First();
                    missing = codePoints.Where(c => closest.Typeface.GetGlyph(c) == 0).ToArray();
                }
                return ThrowHelper.MissingGlyphs<ChartFont?>(missing, FontFolders, FontFile);
            }
            best.Register();
            _lastChoice = best;
            return best.ToChartFont();
        }
    }

    /// <summary>Distinct code points that need a glyph (not white space or control characters), in first-seen order.</summary>
    internal static int[] DrawnCodePoints(IEnumerable<string?> texts)
    {
        var seen = new HashSet<int>();
        var result = new List<int>();
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text)) continue;
            foreach (var rune in text.EnumerateRunes())
            {
                if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune)) continue;
                var cat = Rune.GetUnicodeCategory(rune);
                if (cat is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark) continue;
                if (seen.Add(rune.Value)) result.Add(rune.Value);
            }
        }
        return [.. result];
    }

    /// <summary>
    /// A WenQuanYi Micro Hei face (the top-ranked family) that draws every code point, looked up only in font files whose
    /// names say WenQuanYi; null when there is none, and the full scan decides.
    /// </summary>
    private Face? PreferredFace(int[] codePoints)
    {
        foreach (var file in FontFiles().Where(f => Path.GetFileName(f).Contains("wqy", StringComparison.OrdinalIgnoreCase)))
        {
            var face = FacesOf(file).FirstOrDefault(f => f.Rank == 0 && f.DrawsAll(codePoints));
            if (face is not null) return face;
        }
        return null;
    }

    private IEnumerable<string> FontFiles()
    {
        foreach (var folder in FontFolders)
        {
            if (!Directory.Exists(folder)) continue;
            List<string> files;
            try
            {
                files = Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    .Where(f => FontExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
            }
            catch (IOException) { continue; }
            foreach (var file in files) yield return file;
        }
    }

    private List<Face> ScanFaces()
    {
        var faces = new List<Face>();
        if (FontFile is not null) faces.AddRange(FacesOf(FontFile).Select(f => f with { Rank = -1 }));
        foreach (var file in FontFiles()) faces.AddRange(FacesOf(file));
        return faces
            .OrderBy(f => f.Rank)
            .ThenBy(f => f.Family, StringComparer.Ordinal)
            .ThenBy(f => f.FilePath, StringComparer.Ordinal)
            .ThenBy(f => f.FaceIndex)
            .ToList();
    }

    private static List<Face> FacesOf(string file)
    {
        var faces = new List<Face>();
        int count = FaceCount(file);
        for (int i = 0; i < count; i++)
        {
            SKTypeface? typeface;
            try { typeface = SKTypeface.FromFile(file, i); }
            catch (ArgumentException) { typeface = null; }
            if (typeface is null || typeface.GlyphCount == 0) continue;
            faces.Add(new Face(typeface.FamilyName, file, i, typeface, RankOf(typeface.FamilyName)));
        }
        return faces;
    }

    /// <summary>Faces in a font file: the count in a TrueType/OpenType collection header ('ttcf'), otherwise 1.</summary>
    private static int FaceCount(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            Span<byte> header = stackalloc byte[12];
            if (stream.Read(header) < 12) return 1;
            if (header[0] != 't' || header[1] != 't' || header[2] != 'c' || header[3] != 'f') return 1;
            int n = (header[8] << 24) | (header[9] << 16) | (header[10] << 8) | header[11];
            return n is > 0 and <= 256 ? n : 1;
        }
        catch (IOException) { return 0; }
        catch (UnauthorizedAccessException) { return 0; }
    }

    /// <summary>Preference: WenQuanYi Micro Hei, WenQuanYi Zen Hei, other families, Noto CJK (clipped by ScottPlot).</summary>
    private static int RankOf(string family)
    {
        if (family.Equals("WenQuanYi Micro Hei", StringComparison.OrdinalIgnoreCase)) return 0;
        if (family.StartsWith("WenQuanYi", StringComparison.OrdinalIgnoreCase)) return 1;
        if (family.Contains("CJK", StringComparison.OrdinalIgnoreCase)) return 3;
        return 2;
    }

    private sealed record Face(string Family, string FilePath, int FaceIndex, SKTypeface Typeface, int Rank)
    {
        public bool DrawsAll(int[] codePoints) => codePoints.All(c => Typeface.GetGlyph(c) != 0);

        public ChartFont ToChartFont() => new(Family, FilePath, FaceIndex);

        public void Register() => FaceRegistry.Register(Family, Typeface);
    }
}
