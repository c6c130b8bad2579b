using BenchmarkDotNet.Running;

namespace ClusterStats.Benchmarks;

/// <summary>Entry point: BenchmarkDotNet suites, and workload runners by verb.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "charts-vs-mpl") return ChartsVersusMatplotlib.Run(args[1..]);
        if (args.Length > 0 && args[0] == "indices-vs-numpy") return IndicesVersusNumpy.Run(args[1..]);
        if (args.Length > 0 && args[0] == "lisa-vs-spdep") return LisaVersusSpdep.Run(args[1..]);
        if (args.Length == 3 && args[0] == "w") return WorkloadW.Run(args[1], args[2]);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
