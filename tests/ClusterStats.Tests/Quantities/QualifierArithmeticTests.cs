namespace ClusterStats.Tests.Quantities;

/// <summary>
/// The qualifier of a quotient against what it claims: for every pair of input qualifiers, true values consistent
/// with the stated ones (exact: the value; at least: up to twice it; at most and nearly: down to half; about: 10 %
/// either side) are divided, and the claim must hold for every one — exact is always the stated quotient, at least
/// never below it, at most never above it — and a claim of "approximately" only when the true quotients fall on both sides.
/// </summary>
public class QualifierArithmeticTests
{
    private static readonly Qualifier[] Stated = [Qualifier.Exact, Qualifier.Approximately, Qualifier.Nearly, Qualifier.AtLeast, Qualifier.AtMost, Qualifier.Range];

    private static IEnumerable<TestCaseData> Pairs() =>
        from n in Stated from d in Stated select new TestCaseData(n, d).SetName($"{n} over {d}");

    private static decimal[] TrueValues(decimal stated, Qualifier q) => q switch
    {
        Qualifier.Exact => [stated],
        Qualifier.AtLeast => [stated, stated * 1.5m, stated * 2m],
        Qualifier.AtMost or Qualifier.Nearly => [stated / 2m, stated * 0.75m, stated],
        _ => [stated * 0.9m, stated, stated * 1.1m], // about, and the midpoint of a range
    };

    [TestCaseSource(nameof(Pairs))]
    public void The_claim_holds_for_every_true_value_and_is_as_strong_as_the_inputs_allow(Qualifier numerator, Qualifier denominator)
    {
        const decimal a = 600m, b = 40m;
        decimal shown = a / b;
        var quotients = (from x in TrueValues(a, numerator) from y in TrueValues(b, denominator) select x / y).ToArray();
        var claim = QualifierArithmetic.Divide(QualifierArithmetic.OfPoint(numerator), QualifierArithmetic.OfPoint(denominator));
        bool below = quotients.Any(q => q < shown), above = quotients.Any(q => q > shown);
        switch (claim)
        {
            case Qualifier.Exact: Assert.That(below || above, Is.False); break;
            case Qualifier.AtLeast: Assert.That((below, above), Is.EqualTo((false, true))); break;
            case Qualifier.AtMost: Assert.That((below, above), Is.EqualTo((true, false))); break;
            case Qualifier.Approximately: Assert.That(below && above, Is.True, "approximately only when no bound holds"); break;
            default: Assert.Fail($"a quotient is never qualified {claim}"); break;
        }
    }

    [Test]
    public void The_midpoint_of_a_range_is_approximately_and_other_qualifiers_stay()
    {
        Assert.That(Stated.Select(QualifierArithmetic.OfPoint), Is.EqualTo(new[]
            { Qualifier.Exact, Qualifier.Approximately, Qualifier.Nearly, Qualifier.AtLeast, Qualifier.AtMost, Qualifier.Approximately }));
    }
}
