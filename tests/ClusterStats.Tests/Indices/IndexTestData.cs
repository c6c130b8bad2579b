using ClusterStats.Indices;

namespace ClusterStats.Tests.Indices;

/// <summary>Matrices shared by the index tests.</summary>
internal static class IndexTestData
{
    public static RegionIndustryMatrix Matrix(string[] regions, string[] industries, double[,] values)
    {
        var flat = new double[regions.Length * industries.Length];
        for (int r = 0; r < regions.Length; r++)
        {
            for (int i = 0; i < industries.Length; i++) flat[r * industries.Length + i] = values[r, i];
        }
        return new RegionIndustryMatrix(regions, industries, flat);
    }

    /// <summary>INDICES.md example 3: the EconGeo 5 x 5 matrix.</summary>
    public static RegionIndustryMatrix EconGeo5x5() => Matrix(
        ["R1", "R2", "R3", "R4", "R5"], ["I1", "I2", "I3", "I4", "I5"],
        new double[,]
        {
            { 100, 0, 0, 0, 0 },
            { 0, 15, 5, 70, 10 },
            { 0, 20, 10, 20, 50 },
            { 0, 25, 30, 5, 40 },
            { 0, 40, 55, 5, 0 },
        });

    /// <summary>INDICES.md example 5: binary M, regions x products.</summary>
    public static RegionIndustryMatrix Nested() => Matrix(
        ["C1", "C2", "C3", "C4", "C5", "C6"], ["P1", "P2", "P3", "P4", "P5"],
        new double[,]
        {
            { 1, 1, 1, 1, 1 },
            { 1, 1, 1, 1, 0 },
            { 1, 1, 1, 0, 0 },
            { 1, 1, 0, 0, 0 },
            { 1, 0, 0, 0, 0 },
            { 0, 1, 1, 0, 0 },
        });

    public static void AreClose(IReadOnlyList<double> actual, double[] expected, double tolerance)
    {
        Assert.That(actual, Has.Count.EqualTo(expected.Length));
        for (int k = 0; k < expected.Length; k++) Assert.That(actual[k], Is.EqualTo(expected[k]).Within(tolerance), $"element {k}");
    }
}

/// <summary>A fresh temporary folder per test, with a helper that writes a file into it.</summary>
public abstract class TempFolderTest
{
    protected string Folder { get; private set; } = "";

    [SetUp]
    public void MakeFolder() => Directory.CreateDirectory(Folder = Path.Combine(Path.GetTempPath(), "cs-indices-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void RemoveFolder() => Directory.Delete(Folder, recursive: true);

    protected string File(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }
}
