namespace ClusterStats.EndToEnd;

/// <summary>
/// A console project created outside the repository (so it inherits none of its Directory.*.props) references the
/// ClusterStats package from the local feed and runs a comparison, as a user's program would.
/// </summary>
[TestFixture]
public class ConsumerTests
{
    [Test]
    public void A_fresh_console_project_references_the_package_and_compares_xiaobeihe()
    {
        var dir = E2E.FreshFolder("consumer");
        File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <RestoreAdditionalProjectSources>{E2E.Feed}</RestoreAdditionalProjectSources>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ClusterStats" Version="{E2E.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            using ClusterStats;

            var data = ReferenceData.Load();
            var options = new ComparisonOptions("xiaobeihe") { Regions = data.Regions, Peers = ["datang"] }
                .PinSource("xiaobeihe", "seeds/000_c6e03cb025974693.txt");
            var comparison = Comparison.Create(data.Figures, options);
            var perPair = comparison.Rows.Single(r => r.RegionId == "xiaobeihe")["output_value_per_pair"].Point!.Value;
            Console.WriteLine($"{Math.Round(perPair.Value, 4)} {perPair.Unit.Code}");
            """);
        var run = E2E.Run("dotnet", ["run", "-c", "Release"], dir, timeout: TimeSpan.FromMinutes(5));
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        // Seed article: 35億元 / 22億足 = 1.5909 CNY per pair.
        Assert.That(run.Stdout.Trim(), Is.EqualTo("1.5909 CNY/pair"));
    }
}
