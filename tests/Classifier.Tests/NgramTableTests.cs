namespace Classifier.Tests;

public class NgramTableTests
{
    [Fact]
    public void Find_ManyKeys_FindsEachSlotAndNothingElse()
    {
        var random = new Random(3);
        var keys = Enumerable.Range(0, 50_000).Select(_ => (ulong)random.NextInt64()).Distinct().ToList();
        var table = new NgramTable(keys.Select((k, i) => KeyValuePair.Create(k, i)));

        keys.Select(table.Find).ShouldBe(Enumerable.Range(0, keys.Count));
        table.Find(keys.Max() + 1).ShouldBe(-1);
        table.Count.ShouldBe(keys.Count);
    }

    [Fact]
    public void Find_EmptyTable_FindsNothing()
    {
        new NgramTable([]).Find(42).ShouldBe(-1);
    }
}
