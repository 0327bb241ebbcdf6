namespace Classifier.Training.Data;

/// <summary>One article of the corpus as the catalog describes it.</summary>
/// <param name="Id">The article id; the <c>source</c> of its sentences.</param>
/// <param name="Split">The split its sentences belong to: <c>train</c> or <c>test</c>.</param>
/// <param name="Conflict">The conflict or dispute it reports on, as a slug.</param>
/// <param name="Event">The specific event it reports, as a slug.</param>
/// <param name="Actors">Its principal actors.</param>
/// <param name="Line">Its one-based line in the catalog file.</param>
public sealed record CatalogEntry(string Id, string Split, string Conflict, string Event, IReadOnlyList<string> Actors, int Line)
{
    /// <summary>Every unordered pair of the article's actors, each written "A + B" with A before B in ordinal order.</summary>
    /// <returns>The pairs.</returns>
    public IEnumerable<string> ActorPairs()
    {
        var sorted = Actors.Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < sorted.Count; i++)
        {
            for (var j = i + 1; j < sorted.Count; j++)
            {
                yield return $"{sorted[i]} + {sorted[j]}";
            }
        }
    }
}
