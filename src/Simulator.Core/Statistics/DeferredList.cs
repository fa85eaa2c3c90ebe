using System.Collections;

namespace Simulator.Statistics;

/// <summary>A read-only list computed on first use (a curve that is rarely asked for is never held).</summary>
internal sealed class DeferredList<T>(Func<IReadOnlyList<T>> compute) : IReadOnlyList<T>
{
    private readonly Lazy<IReadOnlyList<T>> _items = new(compute);

    public T this[int index] => _items.Value[index];

    public int Count => _items.Value.Count;

    public IEnumerator<T> GetEnumerator() => _items.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
