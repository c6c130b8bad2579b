using System.Globalization;
using System.Text;
using ClusterStats.Cli;
using ClusterStats.Indices;
using ClusterStats.Tests.Evidence;

namespace ClusterStats.Tests.Indices;

/// <summary>The <c>index</c> verb, in process, for every NAME; expected values are the hand computations of the library tests.</summary>
public class IndexCliTests : TempFolderTest
{
    private const double Tol = 1e-9;
    private string MatrixFile(string name, string[] regions, string[] industries, double[,] values)
    {
        var text = new StringBuilder("region,industry,value\n");
        for (int r = 0; r < regions.Length; r++)
        {
            for (int i = 0; i < industries.Length; i++) text.Append(CultureInfo.InvariantCulture, $"{regions[r]},{industries[i]},{values[r, i]}\n");
        }
        return File(name, text.ToString());
    }

    private string EconGeo() => MatrixFile("econgeo.csv", ["R1", "R2", "R3", "R4", "R5"], ["I1", "I2", "I3", "I4", "I5"], new double[,]
    {
        // INDICES.md example 3
        { 100, 0, 0, 0, 0 }, { 0, 15, 5, 70, 10 }, { 0, 20, 10, 20, 50 }, { 0, 25, 30, 5, 40 }, { 0, 40, 55, 5, 0 },
    });

    private string Nested() => MatrixFile("nested.csv", ["C1", "C2", "C3", "C4", "C5", "C6"], ["P1", "P2", "P3", "P4", "P5"], new double[,]
    {
        // INDICES.md example 5
        { 1, 1, 1, 1, 1 }, { 1, 1, 1, 1, 0 }, { 1, 1, 1, 0, 0 }, { 1, 1, 0, 0, 0 }, { 1, 0, 0, 0, 0 }, { 0, 1, 1, 0, 0 },
    });

    private string Triangle() => MatrixFile("triangle.csv", ["C1", "C2", "C3"], ["P1", "P2", "P3"], new double[,] { { 1, 1, 1 }, { 1, 1, 0 }, { 1, 0, 0 } });

    private string Values(string name, params double[] values) =>
        File(name, "region,value\n" + string.Concat(values.Select((v, k) => $"r{k},{v.ToString("R", CultureInfo.InvariantCulture)}\n")));

    private static (int Code, string[] Header, List<string[]> Rows, string Error) Run(params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var code = CliApp.Run(args, stdout, stderr);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        var header = lines.Length > 0 ? lines[0].Split(',') : [];
        return (code, header, lines.Skip(1).Select(l => l.Split(',')).ToList(), stderr.ToString());
    }

    private static double[] Column(List<string[]> rows, int column) => rows.Select(r => double.Parse(r[column], CultureInfo.InvariantCulture)).ToArray();

    private static void Ok((int Code, string[] Header, List<string[]> Rows, string Error) result, params string[] header)
    {
        Assert.That(result.Code, Is.EqualTo(0), result.Error);
        Assert.That(result.Header, Is.EqualTo(header));
    }

    [Test]
    public void Lq_one_row_per_cell()
    {
        // INDICES.md example 3: LQ of R2 = (0, 0.75, 0.25, 3.5, 0.5).
        var r = Run("index", "lq", "--input", EconGeo());
        Ok(r, "region", "industry", "lq");
        Assert.That(r.Rows, Has.Count.EqualTo(25));
        IndexTestData.AreClose(Column(r.Rows.Where(x => x[0] == "R2").ToList(), 2), [0, 0.75, 0.25, 3.5, 0.5], Tol);
    }

    [Test]
    public void Lq_against_a_nation_file()
    {
        // INDICES.md example 1 (REAT locq): 0.3847623423.
        var input = File("one.csv", $"region,industry,value\nr,industry,1714\nr,other,{79006 - 1714}\n");
        var nation = File("nation.csv", $"industry,value\nindustry,879213\nother,{15593224 - 879213}\n");
        var r = Run("index", "lq", "--input", input, "--nation", nation);
        Ok(r, "region", "industry", "lq");
        Assert.That(Column(r.Rows, 2)[0], Is.EqualTo(0.3847623423).Within(Tol));
        // With a larger national grand total the LQ scales with it: total x 2 doubles the LQ.
        var doubled = Run("index", "lq", "--input", input, "--nation", nation, "--nation-total", "31186448");
        Assert.That(Column(doubled.Rows, 2)[0], Is.EqualTo(2 * 0.3847623423).Within(2e-9));
    }

    [Test]
    public void Specialisation_with_threshold()
    {
        // LQ of R2 (0, .75, .25, 3.5, .5): threshold 0.5 -> (0, 1, 0, 1, 1).
        var r = Run("index", "specialisation", "--input", EconGeo(), "--threshold", "0.5");
        Ok(r, "region", "industry", "specialisation");
        IndexTestData.AreClose(Column(r.Rows.Where(x => x[0] == "R2").ToList(), 2), [0, 1, 0, 1, 1], 0);
    }

    [Test]
    public void Krugman_and_its_coefficient()
    {
        // INDICES.md example 3: (1.6, 1.0, 0.6, 0.7, 1.1); the coefficient is half.
        var r = Run("index", "krugman", "--input", EconGeo());
        Ok(r, "region", "krugman");
        IndexTestData.AreClose(Column(r.Rows, 1), [1.6, 1.0, 0.6, 0.7, 1.1], Tol);
        var c = Run("index", "krugman", "--input", EconGeo(), "--coefficient");
        Ok(c, "region", "krugman_coefficient");
        IndexTestData.AreClose(Column(c.Rows, 1), [0.8, 0.5, 0.3, 0.35, 0.55], Tol);
    }

    [Test]
    public void Hhi_by_region_and_of_a_distribution()
    {
        // INDICES.md example 3 by region; example 2 for (20, 50, 20, 10): 0.34, 0.12, 2.941176471.
        var r = Run("index", "hhi", "--input", EconGeo());
        Ok(r, "region", "hhi");
        IndexTestData.AreClose(Column(r.Rows, 1), [1, 0.525, 0.34, 0.315, 0.465], Tol);
        var shares = Values("shares.csv", 20, 50, 20, 10);
        var d = Run("index", "hhi", "--input", shares);
        Ok(d, "hhi");
        Assert.That(Column(d.Rows, 0)[0], Is.EqualTo(0.34).Within(Tol));
        Assert.That(Column(Run("index", "hhi", "--input", shares, "--normalised").Rows, 0)[0], Is.EqualTo(0.12).Within(Tol));
        var e = Run("index", "hhi", "--input", shares, "--equivalent-number");
        Ok(e, "hhi_equivalent_number");
        Assert.That(Column(e.Rows, 0)[0], Is.EqualTo(2.941176471).Within(Tol));
    }

    [Test]
    public void Entropy_by_region_and_of_a_distribution()
    {
        // R1 of example 3 is all I1: 0 bits. Four equal values: 2 bits, or ln 4 with --log-base e.
        var r = Run("index", "entropy", "--input", EconGeo());
        Ok(r, "region", "entropy");
        Assert.That(Column(r.Rows, 1)[0], Is.EqualTo(0));
        var d = Run("index", "entropy", "--input", Values("eq.csv", 1, 1, 1, 1));
        Ok(d, "entropy");
        Assert.That(Column(d.Rows, 0)[0], Is.EqualTo(2).Within(Tol));
        var ln = Run("index", "entropy", "--input", Values("eq2.csv", 1, 1, 1, 1), "--log-base", Math.E.ToString("R", CultureInfo.InvariantCulture));
        Assert.That(Column(ln.Rows, 0)[0], Is.EqualTo(Math.Log(4)).Within(Tol));
    }

    [Test]
    public void Hachman_by_region()
    {
        // INDICES.md example 3: Hachman of R2 = 0.380952381.
        var r = Run("index", "hachman", "--input", EconGeo());
        Ok(r, "region", "hachman");
        Assert.That(Column(r.Rows, 1)[1], Is.EqualTo(0.380952381).Within(Tol));
    }

    [Test]
    public void Gini_plain_normalised_and_weighted()
    {
        // INDICES.md example 2: 0.3, normalised 0.4; weighted (class sizes in the weight column) 0.527826087.
        var shares = Values("g.csv", 20, 50, 20, 10);
        var r = Run("index", "gini", "--input", shares);
        Ok(r, "gini");
        Assert.That(Column(r.Rows, 0)[0], Is.EqualTo(0.3).Within(Tol));
        var n = Run("index", "gini", "--input", shares, "--normalised");
        Ok(n, "gini_normalised");
        Assert.That(Column(n.Rows, 0)[0], Is.EqualTo(0.4).Within(Tol));
        var weighted = File("w.csv", "region,value,weight\na,500,1000\nb,1500,1200\nc,2500,1600\nd,4000,400\ne,7500,200\nf,15000,600\n");
        Assert.That(Column(Run("index", "gini", "--input", weighted).Rows, 0)[0], Is.EqualTo(0.527826087).Within(Tol));
        Assert.That(Run("index", "gini", "--input", weighted, "--normalised").Code, Is.EqualTo(2));
    }

    [Test]
    public void Locational_gini_one_row_per_industry()
    {
        // Two regions each half of activity, each industry in one region: 0.25 (EconGeo's halved area).
        var input = MatrixFile("lg.csv", ["R1", "R2"], ["I1", "I2"], new double[,] { { 10, 0 }, { 0, 10 } });
        var r = Run("index", "locational-gini", "--input", input);
        Ok(r, "industry", "locational_gini");
        IndexTestData.AreClose(Column(r.Rows, 1), [0.25, 0.25], Tol);
    }

    [Test]
    public void Hoover_uniform_and_with_a_reference_column()
    {
        // (10, 30, 60): 4/15 against uniform; 0.1 against (20, 20, 60).
        Assert.That(Column(Run("index", "hoover", "--input", Values("h.csv", 10, 30, 60)).Rows, 0)[0], Is.EqualTo(4.0 / 15).Within(Tol));
        var weighted = File("hw.csv", "region,value,weight\na,10,20\nb,30,20\nc,60,60\n");
        var r = Run("index", "hoover", "--input", weighted);
        Ok(r, "hoover");
        Assert.That(Column(r.Rows, 0)[0], Is.EqualTo(0.1).Within(Tol));
    }

    [Test]
    public void Theil_T_and_L()
    {
        // (1, 3): T = (0.5 ln 0.5 + 1.5 ln 1.5)/2; L = ln(4/3)/2.
        var input = Values("t.csv", 1, 3);
        var t = Run("index", "theil-t", "--input", input);
        Ok(t, "theil_t");
        Assert.That(Column(t.Rows, 0)[0], Is.EqualTo((0.5 * Math.Log(0.5) + 1.5 * Math.Log(1.5)) / 2).Within(Tol));
        var l = Run("index", "theil-l", "--input", input);
        Ok(l, "theil_l");
        Assert.That(Column(l.Rows, 0)[0], Is.EqualTo(Math.Log(4.0 / 3) / 2).Within(Tol));
        Assert.That(Run("index", "theil-l", "--input", Values("z.csv", 0, 3)).Code, Is.EqualTo(1));
    }

    [Test]
    public void Cv_sample_and_population()
    {
        // (2, 4, 6): 0.5 (sample), sqrt(8/3)/4 (population).
        var input = Values("cv.csv", 2, 4, 6);
        var r = Run("index", "cv", "--input", input);
        Ok(r, "cv");
        Assert.That(Column(r.Rows, 0)[0], Is.EqualTo(0.5).Within(Tol));
        Assert.That(Column(Run("index", "cv", "--input", input, "--population").Rows, 0)[0], Is.EqualTo(Math.Sqrt(8.0 / 3) / 4).Within(Tol));
    }

    [Test]
    public void Atkinson_needs_epsilon()
    {
        // (1, 4), e = 2: 1 - harmonic mean 1.6 / 2.5 = 0.36.
        var input = Values("a.csv", 1, 4);
        var r = Run("index", "atkinson", "--input", input, "--epsilon", "2");
        Ok(r, "atkinson");
        Assert.That(Column(r.Rows, 0)[0], Is.EqualTo(0.36).Within(Tol));
        var missing = Run("index", "atkinson", "--input", input);
        Assert.That(missing.Code, Is.EqualTo(2));
        Assert.That(missing.Error, Does.Contain("--epsilon"));
    }

    private string Example4() => File("ss.csv", "region,industry,year,value\nA,i1,2001,90\nA,i2,2001,20\nA,i3,2001,10\nA,i4,2001,60\nA,i1,2002,100\nA,i2,2002,40\nA,i3,2002,10\nA,i4,2002,55\n");

    private string Example4Nation() => File("nation.csv", "industry,year,value\ni1,2001,400\ni2,2001,150\ni3,2001,150\ni4,2001,400\ni1,2002,440\ni2,2002,210\ni3,2002,135\ni4,2002,480\n");

    [Test]
    public void Shift_share_every_method()
    {
        // INDICES.md example 4: growth 25, NS 27, IM 1, RS -3, NTS -2; Esteban-Marquillas RS* -7/11, allocation -26/11;
        // Gerfin regional factor 205/208.
        var r = Run("index", "shift-share", "--input", Example4(), "--nation", Example4Nation(), "--base", "2001", "--end", "2002");
        Ok(r, "region", "growth", "national_share", "industry_mix", "regional_shift", "net_total_shift");
        Assert.That(r.Rows[0][0], Is.EqualTo("A"));
        IndexTestData.AreClose(r.Rows[0].Skip(1).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray(), [25, 27, 1, -3, -2], Tol);
        var em = Run("index", "shift-share", "--input", Example4(), "--nation", Example4Nation(), "--base", "2001", "--end", "2002", "--method", "esteban-marquillas");
        Ok(em, "region", "growth", "national_share", "industry_mix", "regional_shift", "allocation_effect", "net_total_shift");
        Assert.That(Column(em.Rows, 4)[0], Is.EqualTo(-7.0 / 11).Within(Tol));
        Assert.That(Column(em.Rows, 5)[0], Is.EqualTo(-26.0 / 11).Within(Tol));
        var g = Run("index", "shift-share", "--input", Example4(), "--nation", Example4Nation(), "--base", "2001", "--end", "2002", "--method", "gerfin");
        Ok(g, "region", "industry_mix_factor", "regional_factor", "total_factor");
        Assert.That(Column(g.Rows, 2)[0], Is.EqualTo(205.0 / 208).Within(Tol));
    }

    [Test]
    public void Shift_share_errors_and_chaining()
    {
        Assert.That(Run("index", "shift-share", "--input", Example4(), "--base", "2001").Code, Is.EqualTo(2));
        Assert.That(Run("index", "shift-share", "--input", Example4(), "--base", "2001", "--end", "2002", "--method", "foo").Code, Is.EqualTo(2));
        // Zero base-year cell (A has no y in 2001, 5 in 2002): an error (exit 1), or the algebraic form: RS = 5.
        var zero = File("zero.csv", "region,industry,year,value\nA,x,2001,10\nA,y,2001,0\nB,x,2001,30\nB,y,2001,20\nA,x,2002,10\nA,y,2002,5\nB,x,2002,30\nB,y,2002,25\n");
        var error = Run("index", "shift-share", "--input", zero, "--base", "2001", "--end", "2002");
        Assert.That(error.Code, Is.EqualTo(1));
        Assert.That(error.Error, Does.Contain("'y'"));
        var algebraic = Run("index", "shift-share", "--input", zero, "--base", "2001", "--end", "2002", "--zero-base", "algebraic");
        Assert.That(Column(algebraic.Rows, 4)[0], Is.EqualTo(5).Within(Tol));
        // Chained over 2001 -> 2002 -> 2003 (ShiftShareTests): A's regional shift 151/6.
        var three = File("three.csv", "region,industry,year,value\nA,x,2001,10\nA,y,2001,10\nB,x,2001,30\nB,y,2001,50\nA,x,2002,20\nA,y,2002,10\nB,x,2002,30\nB,y,2002,40\nA,x,2003,20\nA,y,2003,30\nB,x,2003,30\nB,y,2003,40\n");
        var chained = Run("index", "shift-share", "--input", three, "--base", "2001", "--end", "2003", "--chain");
        Assert.That(Column(chained.Rows, 4)[0], Is.EqualTo(151.0 / 6).Within(Tol));
    }

    [Test]
    public void Ellison_Glaeser_with_region_totals()
    {
        // AgglomerationTests: T gamma 1, G .5, H .5; U gamma -1.
        var firms = File("firms.csv", "firm,region,industry,employment\nf1,A,T,10\nf2,A,T,10\nf3,A,U,10\nf4,B,U,10\n");
        var totals = File("totals.csv", "region,employment\nA,50\nB,50\n");
        var r = Run("index", "ellison-glaeser", "--input", firms, "--region-totals", totals);
        Ok(r, "industry", "gamma", "g", "h");
        Assert.That(r.Rows.Select(x => x[0]), Is.EqualTo(new[] { "T", "U" }));
        IndexTestData.AreClose(Column(r.Rows, 1), [1, -1], Tol);
        IndexTestData.AreClose(Column(r.Rows, 2), [0.5, 0], Tol);
        var unknown = File("totals2.csv", "region,employment\nA,50\n");
        Assert.That(Run("index", "ellison-glaeser", "--input", firms, "--region-totals", unknown).Code, Is.EqualTo(1));
        var below = File("totals3.csv", "region,employment\nA,5\nB,100\n");
        var refused = Run("index", "ellison-glaeser", "--input", firms, "--region-totals", below);
        Assert.That(refused.Code, Is.EqualTo(1));
        Assert.That(refused.Error, Does.Contain("region 'A' has total employment 5, but its plants in the records employ 30"));
    }

    [Test]
    public void Strength_by_the_cluster_mapping_rule()
    {
        // AgglomerationTests: only R1 is strong in K.
        var input = File("strength.csv", "region,industry,employment,establishments\nR1,K,50,5\nR1,O,50,10\nR2,K,10,2\nR2,O,90,10\nR3,K,30,3\nR3,O,70,10\nR4,K,0,0\nR4,O,100,10\n");
        var r = Run("index", "strength", "--input", input);
        Ok(r, "region", "industry", "employment", "establishments", "lq", "strong");
        Assert.That(r.Rows.Where(x => x[5] == "true").Select(x => x[0] + "/" + x[1]), Is.EqualTo(new[] { "R1/K" }));
        Assert.That(double.Parse(r.Rows[0][4], CultureInfo.InvariantCulture), Is.EqualTo(0.5 / 0.225).Within(Tol));
    }

    [Test]
    public void Eci_and_pci_of_example_5()
    {
        // INDICES.md example 5 in closed form: ECI (6, 3, 0, -4, -10, 5)/sqrt 31, PCI (-10, 2, 8, 12, 18)/sqrt 31.
        var s = Math.Sqrt(31);
        var eci = Run("index", "eci", "--input", Nested(), "--binary");
        Ok(eci, "region", "eci");
        IndexTestData.AreClose(Column(eci.Rows, 1), [6 / s, 3 / s, 0, -4 / s, -10 / s, 5 / s], Tol);
        var pci = Run("index", "pci", "--input", Nested(), "--binary");
        Ok(pci, "industry", "pci");
        IndexTestData.AreClose(Column(pci.Rows, 1), [-10 / s, 2 / s, 8 / s, 12 / s, 18 / s], Tol);
    }

    [Test]
    public void Eci_by_reflections_and_a_disconnected_network()
    {
        // ComplexityTests: two reflections on the triangle give ECI (sqrt 1.5, 0, -sqrt 1.5).
        var r = Run("index", "eci", "--input", Triangle(), "--binary", "--method", "reflections", "--iterations", "2");
        Ok(r, "region", "eci");
        IndexTestData.AreClose(Column(r.Rows, 1), [Math.Sqrt(1.5), 0, -Math.Sqrt(1.5)], Tol);
        var split = MatrixFile("split.csv", ["C1", "C2"], ["P1", "P2"], new double[,] { { 1, 0 }, { 0, 1 } });
        var d = Run("index", "eci", "--input", split, "--binary");
        Assert.That(d.Code, Is.EqualTo(1));
        Assert.That(d.Error, Does.Contain("disconnected"));
        Assert.That(Run("index", "eci", "--input", Triangle(), "--iterations", "3").Code, Is.EqualTo(2));
    }

    [Test]
    public void Reflections_are_bounded_and_a_rankless_network_prints_no_infinity()
    {
        var many = Run("index", "eci", "--input", Triangle(), "--binary", "--method", "reflections", "--iterations", "1000");
        Ok(many, "region", "eci");
        IndexTestData.AreClose(Column(many.Rows, 1), [Math.Sqrt(1.5), 0, -Math.Sqrt(1.5)], Tol);
        foreach (var n in new[] { "1001", "0", "-5" })
        {
            var r = Run("index", "eci", "--input", Triangle(), "--binary", "--method", "reflections", "--iterations", n);
            Assert.That(r.Code, Is.EqualTo(2), n);
            Assert.That(r.Error, Does.Contain("--iterations is a whole number from 1 to 1000"), n);
        }
        var full = MatrixFile("full.csv", ["C1", "C2"], ["P1", "P2"], new double[,] { { 1, 1 }, { 1, 1 } });
        foreach (var name in new[] { "pci", "eci" })
        {
            var r = Run("index", name, "--input", full, "--binary");
            Assert.That(r.Code, Is.EqualTo(1), name);
            Assert.That(r.Error, Does.Contain("z-scores are undefined"), name);
            Assert.That(r.Rows.SelectMany(x => x).Concat(r.Header), Has.None.Contains("Infinity"), name);
        }
    }

    [Test]
    public void Proximity_pairs()
    {
        // phi12 = 2/3, phi13 = 1/3, phi23 = 1/2.
        var r = Run("index", "proximity", "--input", Triangle(), "--binary");
        Ok(r, "industry_a", "industry_b", "proximity");
        Assert.That(r.Rows, Has.Count.EqualTo(9));
        IndexTestData.AreClose(Column(r.Rows, 2), [1, 2.0 / 3, 1.0 / 3, 2.0 / 3, 1, 0.5, 1.0 / 3, 0.5, 1], Tol);
    }

    [Test]
    public void Density_conventions()
    {
        // C3, P2: 4/13 including P2 itself (Growth Lab), 4/7 without (EconGeo, Datawheel).
        var r = Run("index", "density", "--input", Triangle(), "--binary");
        Ok(r, "region", "industry", "density");
        Assert.That(double.Parse(r.Rows.Single(x => x[0] == "C3" && x[1] == "P2")[2], CultureInfo.InvariantCulture), Is.EqualTo(4.0 / 13).Within(Tol));
        var e = Run("index", "density", "--input", Triangle(), "--binary", "--density-convention", "exclude-self");
        Assert.That(double.Parse(e.Rows.Single(x => x[0] == "C3" && x[1] == "P2")[2], CultureInfo.InvariantCulture), Is.EqualTo(4.0 / 7).Within(Tol));
    }

    [Test]
    public void Usage_and_input_errors_have_their_exit_codes()
    {
        Assert.That(Run("index", "nonsense", "--input", EconGeo()).Code, Is.EqualTo(2));
        Assert.That(Run("index", "lq").Code, Is.EqualTo(2));
        var wrong = Run("index", "lq", "--input", EconGeo(), "--epsilon", "1");
        Assert.That(wrong.Code, Is.EqualTo(2));
        Assert.That(wrong.Error, Does.Contain("--epsilon"));
        Assert.That(Run("index", "lq", "--input", EconGeo(), "--missing", "maybe").Code, Is.EqualTo(2));
        Assert.That(Run("index", "gini", "--input", Values("g.csv", 1, 2), "--zero-totals", "zero").Code, Is.EqualTo(2));
        Assert.That(Run("index", "cv", "--input", Values("c.csv", 1, 2), "--missing", "zero").Code, Is.EqualTo(2));
        var shape = Run("index", "lq", "--input", Values("v.csv", 1, 2));
        Assert.That(shape.Code, Is.EqualTo(1));
        Assert.That(shape.Error, Does.Contain("v.csv:1:"));
        var bad = Run("index", "gini", "--input", File("bad.csv", "region,value\na,1\nb,x\n"));
        Assert.That(bad.Code, Is.EqualTo(1));
        Assert.That(bad.Error, Does.Contain("bad.csv:3:value: found 'x'; expected"));
        Assert.That(Run("index", "lq", "--input", Path.Combine(Folder, "none.csv")).Code, Is.EqualTo(1));
    }

    [Test]
    public void Missing_cells_and_years()
    {
        // R2 lacks I2: an error unless --missing zero (R1 shares 1/3, 2/3: H = 5/9).
        var input = File("miss.csv", "region,industry,value\nR1,I1,1\nR1,I2,2\nR2,I1,3\n");
        Assert.That(Run("index", "hhi", "--input", input).Code, Is.EqualTo(1));
        var r = Run("index", "hhi", "--input", input, "--missing", "zero");
        Assert.That(Column(r.Rows, 1)[0], Is.EqualTo(5.0 / 9).Within(Tol));
        // A file with several years needs --year.
        var years = File("years.csv", "region,industry,year,value\nR1,I1,2001,1\nR1,I2,2001,1\nR1,I1,2002,1\nR1,I2,2002,3\n");
        Assert.That(Run("index", "hhi", "--input", years).Code, Is.EqualTo(2));
        var y2 = Run("index", "hhi", "--input", years, "--year", "2002");
        Assert.That(Column(y2.Rows, 1)[0], Is.EqualTo(0.625).Within(Tol)); // (1/4)^2 + (3/4)^2
    }

    [TestCase("20")]
    [TestCase("999")]
    [TestCase("10000")]
    [TestCase("2020.0")]
    [TestCase("-2020")]
    public void A_year_in_an_index_file_outside_1000_to_9999_is_an_error_naming_file_line_and_column(string year)
    {
        var panel = File("y.csv", $"region,industry,year,value\nR1,I1,2001,1\nR1,I2,{year},1\n");
        foreach (var args in new[] { new[] { "index", "hhi", "--input", panel, "--year", "2001" }, ["index", "shift-share", "--input", panel, "--base", "2001", "--end", "2002"] })
        {
            var r = Run(args);
            Assert.That(r.Code, Is.EqualTo(1), r.Error);
            Assert.That(r.Error, Does.Contain($".csv:3:year: found '{year}'; expected a four-digit year (1000 to 9999)"));
        }
        var nation = File("n.csv", $"industry,year,value\ni1,{year},400\ni1,2002,440\n");
        var ss = Run("index", "shift-share", "--input", File("ss2.csv", "region,industry,year,value\nA,i1,2001,90\nA,i1,2002,100\n"), "--nation", nation, "--base", "2001", "--end", "2002");
        Assert.That(ss.Error, Does.Contain($"n.csv:2:year: found '{year}'; expected a four-digit year (1000 to 9999)"));
        Assert.That(ss.Code, Is.EqualTo(1));
    }

    [Test]
    public void A_negative_zero_value_is_written_as_0_never_minus_0()
    {
        // R1's I2 cell is -0. Shares: I1 4/8, I2 4/8; R1 (3, -0) of 3: LQ 2 and -0/3 / .5, written 0; R2 (1, 4) of 5: .4, 1.6.
        var input = File("z.csv", "region,industry,value\nR1,I1,3\nR1,I2,-0\nR2,I1,1\nR2,I2,4\n");
        var r = Run("index", "lq", "--input", input);
        Ok(r, "region", "industry", "lq");
        Assert.That(r.Rows.Select(x => x[0] + "," + x[1]), Is.EqualTo(new[] { "R1,I1", "R1,I2", "R2,I1", "R2,I2" }));
        Assert.That(r.Rows[1][2], Is.EqualTo("0"));
        IndexTestData.AreClose(Column(r.Rows, 2), [2, 0, 0.4, 1.6], Tol);
        // Specialisation flags and counts use the same writer: no "-0" anywhere in the output.
        var all = Run("index", "specialisation", "--input", input, "--threshold", "0.5");
        Assert.That(all.Code, Is.EqualTo(0), all.Error);
        Assert.That(all.Rows.SelectMany(x => x), Has.None.EqualTo("-0"));
    }

    [Test]
    public void Index_reads_the_repository_panel_by_its_value_column_as_plot_does()
    {
        // data/regional-employment.csv holds region,industry,year,employment: the same matrix for index lq and plot lq.
        var panel = Repo.Path("data", "regional-employment.csv");
        var r = Run("index", "lq", "--input", panel, "--value-column", "employment", "--year", "2023");
        Ok(r, "region", "industry", "lq");
        var expected = RegionIndustryPanel.FromCsv(panel, "employment")[2023].LocationQuotient();
        Assert.That(r.Rows, Has.Count.EqualTo(expected.Regions.Count * expected.Industries.Count));
        Assert.That(r.Rows[0][2], Is.EqualTo(expected[0, 0].ToString("R", CultureInfo.InvariantCulture)));
        Assert.That(Run("index", "lq", "--input", panel, "--year", "2023").Code, Is.EqualTo(1), "no value column without --value-column");
        var values = File("emp.csv", "region,employment\na,1\nb,3\n");
        Ok(Run("index", "gini", "--input", values, "--value-column", "employment"), "gini");
    }

    [Test]
    public void Out_writes_the_csv_that_stdout_shows()
    {
        var path = Path.Combine(Folder, "lq.csv");
        var (code, output, error) = CliRunner.Run("index", "lq", "--input", EconGeo(), "--out", path);
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(output, Is.EqualTo($"wrote {path} (csv)\n"));
        Assert.That(System.IO.File.ReadAllText(path), Is.EqualTo(CliRunner.Run("index", "lq", "--input", EconGeo()).Out));
    }

    [Test]
    public void Each_index_has_only_its_own_options()
    {
        var index = CliApp.BuildRoot().Subcommands.Single(c => c.Name == "index");
        string[] Options(string name) => [.. index.Subcommands.Single(c => c.Name == name).Options.Select(o => o.Name).Where(n => n.StartsWith("--", StringComparison.Ordinal))];
        Assert.That(Options("atkinson"), Is.EquivalentTo(new[] { "--input", "--region-column", "--value-column", "--encoding", "--sheet", "--epsilon", "--out" }));
        Assert.That(Options("lq"), Does.Contain("--nation").And.Contain("--zero-totals").And.Not.Contain("--threshold").And.Not.Contain("--epsilon"));
        Assert.That(Options("eci"), Does.Contain("--iterations").And.Not.Contain("--pci-scale").And.Not.Contain("--zero-totals"));
        Assert.That(Options("pci"), Does.Contain("--pci-scale"));
        Assert.That(Options("shift-share"), Does.Contain("--base").And.Contain("--zero-base").And.Not.Contain("--year"));
        Assert.That(index.Action, Is.Null, "index alone computes nothing");
    }

    [Test]
    public void Zero_totals_policy_from_the_command_line()
    {
        var input = MatrixFile("z.csv", ["R1", "R0"], ["I1", "I2"], new double[,] { { 10, 30 }, { 0, 0 } });
        Assert.That(Run("index", "lq", "--input", input).Rows[2][2], Is.EqualTo("NaN"));
        Assert.That(Run("index", "lq", "--input", input, "--zero-totals", "zero").Rows[2][2], Is.EqualTo("0"));
        Assert.That(Run("index", "lq", "--input", input, "--zero-totals", "error").Code, Is.EqualTo(1));
    }
}
