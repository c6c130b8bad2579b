using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using ClusterStats.Tests.Evidence;
using PublicApiGenerator;

namespace ClusterStats.Tests.Architecture;

/// <summary>
/// The public API of the library is a promise: from 1.0 on, it changes only as semantic versioning allows. Every type
/// and member users can reach is listed in PublicApi.approved.txt, so that a change to it shows in review as a change
/// to that file, never by accident.
/// </summary>
public class PublicApiTests
{
    private const string Approved = "tests/ClusterStats.Tests/Architecture/PublicApi.approved.txt";

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";

    [Test]
    public void PublicApiIsTheApprovedOne()
    {
        var actual = Normalize(typeof(Quantity).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            // The attributes the compiler and the build add (target framework, InternalsVisibleTo) are not API.
            ExcludeAttributes =
            [
                "System.Runtime.Versioning.TargetFrameworkAttribute",
                "System.Runtime.CompilerServices.InternalsVisibleToAttribute",
                "System.Reflection.AssemblyMetadataAttribute",
            ],
        }));
        var approvedPath = Repo.Path(Approved.Split('/'));
        var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : "";
        if (actual == approved) return;

        var fresh = Repo.Artifact("regenerated", "PublicApi.txt");
        File.WriteAllText(fresh, actual, new UTF8Encoding(false));
        Assert.Fail(
            $"The public API of ClusterStats differs from {Approved}. If the change is intended (and allowed by semantic " +
            $"versioning), accept it: cp {Path.GetRelativePath(Repo.Root, fresh)} {Approved}" +
            Environment.NewLine + FirstDifference(approved, actual));
    }

    /// <summary>
    /// Only the tests (and the benchmarks, which measure internal kernels) see the library's internals: every other
    /// program, the command line included, uses the public API like any user.
    /// </summary>
    [Test]
    public void LibraryGrantsInternalsOnlyToTests()
    {
        string[] allowed =
        [
            "ClusterStats.Tests",
            "ClusterStats.Benchmarks",
        ];
        var granted = typeof(Quantity).Assembly.GetCustomAttributes<InternalsVisibleToAttribute>()
            .Select(a => a.AssemblyName)
            .ToList();
        Assert.That(granted, Is.SubsetOf(allowed));
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "(end)";
            var right = i < a.Length ? a[i] : "(end)";
            if (left != right) return $"First difference at line {i + 1}:{Environment.NewLine}  approved: {left}{Environment.NewLine}  actual:   {right}";
        }
        return "";
    }
}
