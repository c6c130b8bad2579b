using System.Text;

namespace ClusterStats.Tests.Evidence;

/// <summary>Paths in the repository checkout that the tests read (the folder that holds ClusterStats.sln).</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>
    /// A path under artifacts/ (ignored by git) for what the tests write — rendered charts, regenerated data — with its
    /// folder created. The tests never write into the committed files.
    /// </summary>
    public static string Artifact(params string[] parts)
    {
        var path = System.IO.Path.Combine([Root, "artifacts", .. parts]);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        return path;
    }

    /// <summary>
    /// Checks that a committed file is exactly what its generator gives now. The generated text is written to
    /// artifacts/regenerated/ first, so that after a deliberate change a maintainer can review it and copy it over the
    /// committed file.
    /// </summary>
    public static void AssertCommittedIsGenerated(string relativePath, string generated)
    {
        var fresh = Artifact(["regenerated", .. relativePath.Split('/')]);
        File.WriteAllText(fresh, generated, new UTF8Encoding(false));
        Assert.That(File.ReadAllText(Path(relativePath.Split('/'))), Is.EqualTo(generated),
            $"{relativePath} differs from its generator's output; after checking the difference, copy {System.IO.Path.GetRelativePath(Root, fresh)} over it");
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "ClusterStats.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ClusterStats.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
