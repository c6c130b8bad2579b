using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;

namespace ClusterStats.Internal;

/// <summary>
/// The collections the public API hands out, made read-only: a caller cannot cast one back to an array, a list or a
/// dictionary and change what a result, an option or a table holds after the library has checked it.
/// </summary>
internal static class ReadOnly
{
    /// <summary>A read-only copy of <paramref name="items"/>, or the items themselves when they already are read-only.</summary>
    [return: NotNullIfNotNull(nameof(items))]
    public static IReadOnlyList<T>? List<T>(IEnumerable<T>? items) => items switch
    {
        null => null,
        ReadOnlyCollection<T> done => done,
        System.Collections.IList { IsReadOnly: true } and IReadOnlyList<T> done => done,
        _ => Array.AsReadOnly(items.ToArray()),
    };

    /// <summary>A read-only copy of <paramref name="items"/> (keeping a dictionary's key comparer), or the items themselves when they already are read-only.</summary>
    [return: NotNullIfNotNull(nameof(items))]
    public static IReadOnlyDictionary<TKey, TValue>? Dictionary<TKey, TValue>(IReadOnlyDictionary<TKey, TValue>? items) where TKey : notnull => items switch
    {
        null => null,
        ReadOnlyDictionary<TKey, TValue> done => done,
        Dictionary<TKey, TValue> dictionary => new ReadOnlyDictionary<TKey, TValue>(new Dictionary<TKey, TValue>(dictionary, dictionary.Comparer)),
        _ => new ReadOnlyDictionary<TKey, TValue>(items.ToDictionary()),
    };
}
