using ClusterStats.Tests.Evidence;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ClusterStats.Tests.Architecture;

/// <summary>
/// The folders of src/ClusterStats are layers that point one way: Quantities &lt;- Evidence &lt;- Comparison / Indices
/// / Spatial &lt;- Plotting &lt;- Reporting, with Extraction and Microdata on Quantities and Evidence only. A file depends on a folder
/// when it names a type declared there (in a <c>using</c>, a qualified name, a type or an expression); the names are read
/// from the syntax trees, so comments and string literals never count.
/// </summary>
public class LayerTests
{
    /// <summary>
    /// The machinery every layer may use (throw helpers, output files); it uses no layer itself. What is owned by one
    /// feature moves out of it into that feature.
    /// </summary>
    private const string Machinery = "Internal";

    /// <summary>What each folder may use besides itself and <see cref="Machinery"/>.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        [Machinery] = [],
        ["Quantities"] = [],
        ["Evidence"] = ["Quantities"],
        ["Extraction"] = ["Quantities", "Evidence"],
        ["Microdata"] = ["Quantities", "Evidence"],
        ["Comparison"] = ["Quantities", "Evidence"],
        ["Indices"] = ["Quantities", "Evidence"],
        ["Spatial"] = ["Quantities", "Evidence"],
        ["Plotting"] = ["Quantities", "Evidence", "Comparison", "Indices", "Spatial"],
        ["Reporting"] = ["Quantities", "Evidence", "Comparison", "Indices", "Spatial", "Plotting"],
    };

    /// <summary>
    /// Dependencies that break the rule today, each to be removed by moving the piece to the folder that owns it. The
    /// test fails when one disappears as well as when a new one appears, so this list only ever shrinks.
    /// </summary>
    private static readonly string[] KnownViolations =
    [
        "Internal -> Quantities", // ThrowHelper throws the exceptions of the core namespace
        "Microdata -> Indices", // MicrodataTable aggregates into a RegionIndustryMatrix
    ];

    private static readonly string Source = Repo.Path("src", "ClusterStats");

    private static string FolderOf(string file)
    {
        var parts = Path.GetRelativePath(Source, file).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        // The files directly in src/ClusterStats are the exceptions of the core namespace (UnitMismatchException carries
        // two units): they belong to the bottom layer with the quantities.
        return parts.Length == 1 ? "Quantities" : parts[0];
    }

    private static List<(string File, string Folder, SyntaxNode Tree)> Files() =>
        Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .Select(f => (f, FolderOf(f), CSharpSyntaxTree.ParseText(File.ReadAllText(f), path: f).GetRoot()))
            .ToList();

    /// <summary>
    /// Each top-level type declared in src/ClusterStats, as its name and number of type parameters ("Name`1" when
    /// generic), with the folders that declare it. Nested types are reached through the type that holds them.
    /// </summary>
    private static Dictionary<string, HashSet<string>> Declarations(List<(string File, string Folder, SyntaxNode Tree)> files)
    {
        var declared = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (_, folder, tree) in files)
        {
            foreach (var node in tree.DescendantNodes())
            {
                if (node.Parent is not (BaseNamespaceDeclarationSyntax or CompilationUnitSyntax)) continue;
                var name = node switch
                {
                    TypeDeclarationSyntax type => Key(type.Identifier.ValueText, type.TypeParameterList?.Parameters.Count ?? 0),
                    EnumDeclarationSyntax e => Key(e.Identifier.ValueText, 0),
                    DelegateDeclarationSyntax d => Key(d.Identifier.ValueText, d.TypeParameterList?.Parameters.Count ?? 0),
                    _ => null,
                };
                if (name is null) continue;
                if (!declared.TryGetValue(name, out var folders)) declared[name] = folders = [];
                folders.Add(folder);
            }
        }
        return declared;
    }

    /// <summary>Every "Folder -> Folder (File: Type, ...)" use of a type declared in another folder.</summary>
    private static SortedDictionary<string, SortedSet<string>> Dependencies()
    {
        var files = Files();
        var declared = Declarations(files);
        var namespaces = files.SelectMany(f => f.Tree.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>())
            .SelectMany(n => n.Name.ToString().Split('.')).ToHashSet(StringComparer.Ordinal);
        var uses = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (file, folder, tree) in files)
        {
            foreach (var token in tree.DescendantTokens())
            {
                if (IsMemberOfAValue(token.Parent!, namespaces)) continue;
                var name = token.Parent switch
                {
                    IdentifierNameSyntax => Key(token.ValueText, 0),
                    GenericNameSyntax generic => Key(token.ValueText, generic.TypeArgumentList.Arguments.Count),
                    _ => null,
                };
                if (name is null || !declared.TryGetValue(name, out var folders) || folders.Contains(folder)) continue;
                // A name declared in two other folders cannot be placed by syntax alone; none is today (checked below).
                foreach (var target in folders)
                {
                    var key = $"{folder} -> {target}";
                    if (!uses.TryGetValue(key, out var names)) uses[key] = names = new SortedSet<string>(StringComparer.Ordinal);
                    names.Add($"{Path.GetFileName(file)}: {token.ValueText}");
                }
            }
        }
        return uses;
    }

    [Test]
    public void Every_folder_is_a_known_layer()
    {
        var folders = Files().Select(f => f.Folder).Distinct().Order(StringComparer.Ordinal).ToList();
        var unknown = folders.Where(f => !Allowed.ContainsKey(f)).ToList();
        Assert.That(unknown, Is.Empty, "a new folder of src/ClusterStats needs its place in the layers of LayerTests");
        Assert.That(folders, Does.Contain("Quantities").And.Contain("Reporting"), "the scan found the source folders");
    }

    [Test]
    public void A_type_name_is_declared_in_one_folder_only()
    {
        var shared = Declarations(Files()).Where(d => d.Value.Count > 1)
            .Select(d => $"{d.Key}: {string.Join(", ", d.Value.Order(StringComparer.Ordinal))}").ToList();
        Assert.That(shared, Is.Empty, "a name declared in two folders makes the layer check ambiguous; rename one");
    }

    [Test]
    public void Folders_depend_only_on_the_layers_below_them()
    {
        var dependencies = Dependencies();
        Assert.That(dependencies.Keys, Does.Contain("Reporting -> Plotting"), "the scan sees the uses it must allow");
        var violations = dependencies
            .Where(d =>
            {
                var (from, to) = Split(d.Key);
                return to != Machinery && !(Allowed.TryGetValue(from, out var allowed) && allowed.Contains(to));
            })
            .Select(d => d.Key)
            .ToList();
        TestContext.Out.WriteLine(string.Join(Environment.NewLine,
            dependencies.Where(d => violations.Contains(d.Key)).Select(d => $"{d.Key}: {string.Join("; ", d.Value)}")));
        Assert.That(violations, Is.EquivalentTo(KnownViolations),
            "a folder uses one it must not (see the output for the files and names), or a known violation is gone: update KnownViolations");
    }

    [Test]
    public void No_cycle_between_folders()
    {
        var edges = Dependencies().Keys.Except(KnownViolations).Select(Split).ToList();
        var cycles = edges.Where(e => Reaches(edges, e.To, e.From)).Select(e => $"{e.From} -> {e.To}").ToList();
        Assert.That(cycles, Is.Empty, "without the known violations, no dependency between folders lies on a cycle");
        Assert.That(Reaches([("A", "B"), ("B", "C"), ("C", "A")], "A", "C") && !Reaches([("A", "B")], "B", "A"),
            "the reachability check itself finds a cycle and no false one");
    }

    /// <summary>
    /// Whether <paramref name="name"/> is a member reached through a value or a type (<c>found.Figure</c>,
    /// <c>x?.Unit</c>, <c>CueKind.Growth</c>): a property, method or enum value that may share a type's name, not the
    /// type (nested types are not in the map). After namespaces only (<c>Plotting.Charts</c>) it is the type.
    /// </summary>
    private static bool IsMemberOfAValue(SyntaxNode name, HashSet<string> namespaces) => name.Parent switch
    {
        MemberBindingExpressionSyntax => true,
        MemberAccessExpressionSyntax access when access.Name == name =>
            !access.Expression.DescendantNodesAndSelf().OfType<SimpleNameSyntax>().Any()
            || access.Expression.DescendantNodesAndSelf().OfType<SimpleNameSyntax>().Any(n => !namespaces.Contains(n.Identifier.ValueText)),
        _ => false,
    };

    private static string Key(string name, int typeParameters) => typeParameters == 0 ? name : $"{name}`{typeParameters}";

    private static (string From, string To) Split(string key)
    {
        var parts = key.Split(" -> ");
        return (parts[0], parts[1]);
    }

    private static bool Reaches(List<(string From, string To)> edges, string start, string goal)
    {
        var seen = new HashSet<string> { start };
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var node))
        {
            if (node == goal) return true;
            foreach (var (from, to) in edges)
                if (from == node && seen.Add(to)) queue.Enqueue(to);
        }
        return false;
    }
}
