using ClusterStats.Indices;

namespace ClusterStats.Tests.Safety;

/// <summary>The specific exception types carry the context a caller acts on, and their message starts with it.</summary>
public class NamedErrorTests
{
    [Test]
    public void An_undefined_index_names_the_index_that_starts_its_message()
    {
        var gini = Assert.Throws<UndefinedIndexException>(() => RegionalIndices.Gini([0, 0, 0]));
        Assert.That(gini!.Index, Is.EqualTo("Gini"));
        var cv = Assert.Throws<UndefinedIndexException>(() => RegionalIndices.CoefficientOfVariation([-1, 1]));
        Assert.That(cv!.Index, Is.EqualTo("Coefficient of variation"));
        foreach (var ex in new[] { gini, cv })
        {
            Assert.That(ex.Message, Does.StartWith(ex.Index + ": ").And.Contain("undefined"));
            Assert.That(ex, Is.InstanceOf<ClusterStatsException>());
        }
        // A negative value is invalid input, not an undefined index.
        Assert.That(() => RegionalIndices.Gini([1, -1]), Throws.TypeOf<ClusterStatsException>());
    }
}
