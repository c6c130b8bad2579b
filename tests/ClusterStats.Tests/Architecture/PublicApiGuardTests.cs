using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using ClusterStats.Extraction;
using ClusterStats.Indices;
using ClusterStats.Microdata;
using ClusterStats.Plotting;

namespace ClusterStats.Tests.Architecture;

/// <summary>
/// What every public entry point of the library promises, checked over the whole public surface by reflection so that a
/// new type or member is held to it without a test of its own: a null where the signature says non-null is refused with
/// an <see cref="ArgumentNullException"/> naming the parameter (not a NullReferenceException from deep inside, nor a
/// half-done side effect), classes are sealed unless designed as a base, and no collection a user receives can be
/// changed behind the library's back.
/// </summary>
public class PublicApiGuardTests
{
    private static readonly Assembly Library = typeof(Quantity).Assembly;

    /// <summary>Classes designed to be derived from, each with its reason.</summary>
    private static readonly Dictionary<Type, string> Bases = new()
    {
        [typeof(ClusterStatsException)] = "the base of every error the library throws, caught by users as one type",
        [typeof(UnknownNameException)] = "the base of the unknown-name errors (indicator, metric), caught by users as one type with its known names",
    };

    private static readonly NullabilityInfoContext Nullability = new();

    private TempFolder _folder = null!;
    private Samples _samples = null!;

    [OneTimeSetUp]
    public void CreateSamples()
    {
        _folder = new TempFolder();
        _samples = new Samples(_folder.Path);
    }

    [OneTimeTearDown]
    public void DeleteSamples() => _folder.Dispose();

    private static IEnumerable<Type> PublicTypes() => Library.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal);

    [Test]
    public void ClassesAreSealedUnlessDesignedAsABase()
    {
        var open = PublicTypes()
            .Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed) && !Bases.ContainsKey(t))
            .Select(t => t.FullName)
            .ToList();
        Assert.That(open, Is.Empty, "public classes neither sealed nor static nor listed as a designed base");
    }

    [Test]
    public void EntryPointsRefuseNullWithTheParameterName()
    {
        var samples = _samples;
        var wrong = new List<string>();
        var cases = 0;
        foreach (var type in PublicTypes())
        {
            foreach (var (member, target) in EntryPoints(type, samples))
            {
                var parameters = member.GetParameters();
                for (var i = 0; i < parameters.Length; i++)
                {
                    if (!MustNotBeNull(parameters[i])) continue;
                    cases++;
                    var args = parameters.Select((p, j) => j == i ? null : samples.For(p.ParameterType)).ToArray();
                    var outcome = Invoke(member, target, args);
                    if (outcome is ArgumentNullException ane && ane.ParamName == parameters[i].Name) continue;
                    wrong.Add($"{type.FullName}.{Describe(member)} with {parameters[i].Name} = null: " +
                              (outcome is null ? "no exception" : $"{outcome.GetType().Name} ({(outcome as ArgumentNullException)?.ParamName ?? outcome.Message})"));
                }
            }
        }
        Assert.That(cases, Is.GreaterThan(150), "the walk over the public API found too few parameters to check");
        Assert.That(wrong, Is.Empty, string.Join(Environment.NewLine, wrong));
    }

    [Test]
    public void CollectionsUsersReceiveCannotBeChanged()
    {
        var samples = _samples;
        var mutable = new List<string>();
        var checkedCount = 0;
        foreach (var type in PublicTypes())
        {
            var instance = samples.Instance(type);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (property.GetIndexParameters().Length > 0 || !IsCollection(property.PropertyType)) continue;
                var getter = property.GetMethod!;
                if (!getter.IsStatic && instance is null) continue;
                var value = getter.Invoke(getter.IsStatic ? null : instance, null);
                checkedCount++;
                if (IsWritable(value)) mutable.Add($"{type.FullName}.{property.Name} is a {value!.GetType().Name}");
            }
        }
        Assert.That(checkedCount, Is.GreaterThan(30), "the walk over the public API found too few collections to check");
        Assert.That(mutable, Is.Empty, "collections a cast turns into a writable one:" + Environment.NewLine + string.Join(Environment.NewLine, mutable));
    }

    private static bool IsCollection(Type type) =>
        type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) && (type.IsInterface || type.IsArray);

    private static bool IsWritable(object? value) => value switch
    {
        null => false,
        Array array => array.Length > 0,
        System.Collections.IList list => !list.IsReadOnly,
        _ => value.GetType().GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>))
            .Any(i => !(bool)i.GetProperty("IsReadOnly")!.GetValue(value)!),
    };

    /// <summary>
    /// The public constructors and static methods of a type, and its instance methods when a sample instance exists.
    /// Record constructors are data carriers (a <c>with</c> expression sets any property without them) and are left
    /// out; so are members taking a span, which reflection cannot pass.
    /// </summary>
    private static IEnumerable<(MethodBase Member, object? Target)> EntryPoints(Type type, Samples samples)
    {
        if (type.IsEnum || typeof(Delegate).IsAssignableFrom(type) || type.IsInterface) yield break;
        // Records (class and struct) have a compiler-written PrintMembers.
        var isRecord = type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null;
        var flags = BindingFlags.Public | BindingFlags.DeclaredOnly;
        var members = new List<(MethodBase, object?)>();
        if (!isRecord && !type.IsAbstract) members.AddRange(type.GetConstructors().Select(c => ((MethodBase)c, (object?)null)));
        members.AddRange(type.GetMethods(flags | BindingFlags.Static).Select(m => ((MethodBase)m, (object?)null)));
        if (samples.Instance(type) is { } instance)
            members.AddRange(type.GetMethods(flags | BindingFlags.Instance).Select(m => ((MethodBase)m, (object?)instance)));
        foreach (var (member, target) in members)
        {
            if (member.Name.StartsWith('<') || IsInitSetter(member)) continue;
            if (member.GetParameters().Any(p => p.ParameterType.IsByRefLike || p.IsOut)) continue;
            yield return (member is MethodInfo { IsGenericMethodDefinition: true } generic
                ? generic.MakeGenericMethod(generic.GetGenericArguments().Select(_ => typeof(object)).ToArray())
                : member, target);
        }
    }

    private static bool IsInitSetter(MethodBase member) =>
        member is MethodInfo method && method.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool MustNotBeNull(ParameterInfo parameter) =>
        !parameter.ParameterType.IsValueType && Nullability.Create(parameter).WriteState == NullabilityState.NotNull;

    private static Exception? Invoke(MethodBase member, object? target, object?[] args)
    {
        try
        {
            if (member is ConstructorInfo ctor) ctor.Invoke(args);
            else member.Invoke(target, args);
            return null;
        }
        catch (TargetInvocationException e)
        {
            return e.InnerException;
        }
    }

    private static string Describe(MethodBase member) =>
        $"{(member is ConstructorInfo ? "ctor" : member.Name)}({string.Join(", ", member.GetParameters().Select(p => p.ParameterType.Name))})";

    /// <summary>
    /// A non-null value of each parameter type: real instances of the library's main types, empty collections, and for
    /// other classes an object whose fields are all unset (enough, since a null check comes before any use).
    /// </summary>
    private sealed class Samples
    {
        private readonly string _path;
        private readonly Dictionary<Type, object> _instances = [];

        public Samples(string folder)
        {
            _path = System.IO.Path.Combine(folder, "sample");
            var data = ReferenceData.Load();
            var matrix = new RegionIndustryMatrix(["a", "b"], ["x", "y"], [1, 2, 3, 4]);
            var panel = new RegionIndustryPanel(new Dictionary<int, RegionIndustryMatrix> { [2020] = matrix, [2021] = new RegionIndustryMatrix(["a", "b"], ["x", "y"], [2, 2, 3, 5]) });
            var microdata = System.IO.Path.Combine(folder, "microdata.csv");
            File.WriteAllText(microdata, "region,n\na,1\nb,2\nx,oops\n");
            var aggregation = new MicrodataAggregation { Keys = [MicrodataKey.Text("region")], Sums = [MicrodataSum.Long("n")], BadRows = MicrodataBadRows.Skip };
            var comparison = ClusterStats.Comparison.Create(data.Figures, new ComparisonOptions("xiaobeihe") { Regions = data.Regions, Rates = data.ExchangeRates, RatePolicy = MissingRatePolicy.NearestYear });
            var add = new object[]
            {
                data, data.Figures, data.Figures[0], data.Figures[0].Source, data.Regions[0], data.ExchangeRates, data.ExchangeRates[0],
                comparison, comparison.Rows[0], comparison.Rows[0].Cells[0], new ComparisonOptions("xiaobeihe"), new SourceNotes(),
                new CurrencyConverter(data.ExchangeRates, MissingRatePolicy.NearestYear), new CsvReadOptions(), new FigureParseOptions(),
                new ConflictOptions(), DefaultBestEstimatePolicy.Instance, new ReportOptions(), Unit.Pairs,
                matrix, panel,
                matrix.LocationQuotient(), matrix.Herfindahl(), matrix.Proximity(), RegionalIndices.Gini([1, 2, 3]),
                new ReferenceTotals(new Dictionary<string, double> { ["x"] = 1, ["y"] = 2 }),
                PlaceNames.Default, new FigureExtractor(), ExtractionOptions.Default, new ArticleInfo("title"),
                new ChartFontResolver([]), new ScottPlot.Plot(),
                data.Figures.Conflicts()[0], data.Figures.Where(regionId: "xiaobeihe", indicator: Indicator.PairsPerYear).BestEstimate()!,
                new CurrencyConverter(data.ExchangeRates, MissingRatePolicy.NearestYear).GetRate(Currency.CNY, Currency.USD, 2020),
                panel.ShiftShare(2020, 2021), panel.ShiftShare(2020, 2021).Regions[0], matrix.ClusterStrength(matrix),
                RegionalIndices.EllisonGlaeser([new FirmRecord("f1", "a", "x", 10), new FirmRecord("f2", "b", "x", 5), new FirmRecord("f3", "b", "y", 5)]),
                aggregation, MicrodataReader.Aggregate(microdata, aggregation),
                ClusterReport.Create(data, "xiaobeihe"),
                Assert.Catch<ClusterStatsException>(() => ClusterStats.Comparison.Create(data.Figures, new ComparisonOptions("no-such-cluster"))),
            };
            foreach (var value in add) _instances[value.GetType()] = value;
            _instances[typeof(IBestEstimatePolicy)] = DefaultBestEstimatePolicy.Instance;
        }

        public object? Instance(Type type) => _instances.GetValueOrDefault(type);

        public object? For(Type type)
        {
            if (_instances.TryGetValue(type, out var known)) return known;
            if (type == typeof(string)) return _path;
            if (Nullable.GetUnderlyingType(type) is not null) return null;
            if (type.IsValueType) return Activator.CreateInstance(type);
            if (type.IsArray) return Array.CreateInstance(type.GetElementType()!, new int[type.GetArrayRank()]);
            if (type == typeof(TextWriter)) return new StringWriter();
            if (type == typeof(Stream)) return new MemoryStream();
            if (typeof(Delegate).IsAssignableFrom(type))
            {
                var invoke = type.GetMethod("Invoke")!;
                var parameters = invoke.GetParameters().Select(p => Expression.Parameter(p.ParameterType)).ToArray();
                return Expression.Lambda(type, Expression.Default(invoke.ReturnType), parameters).Compile();
            }
            if (type.IsGenericType && type.IsInterface)
            {
                var args = type.GetGenericArguments();
                if (args.Length == 1 && type.IsAssignableFrom(args[0].MakeArrayType())) return Array.CreateInstance(args[0], 0);
                if (type.GetGenericTypeDefinition() == typeof(IProgress<>)) return Activator.CreateInstance(typeof(Progress<>).MakeGenericType(args));
                if (args.Length == 2) return Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(args));
            }
            if (type.IsInterface || type.IsAbstract) throw new InvalidOperationException($"no sample of {type}: add one to {nameof(Samples)}");
            return RuntimeHelpers.GetUninitializedObject(type);
        }
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("clusterstats-guards-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
