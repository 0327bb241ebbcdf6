using Classifier.Neural;
using Classifier.Text;

namespace Classifier.Tests.Neural;

public class HashedNgramFeaturizerTests
{
    // Plain stems: the ids pinned below are the stems' and words' own; cue tokens are tested apart.
    private static readonly HashedNgramSettings Settings = HashedNgramSettings.Default with { Stemming = IndonesianStemMapping.ContractName };

    [Fact]
    public void Describe_DefaultSettings_IncludeTheTriggerCues()
    {
        var ngrams = HashedNgramFeaturizer.Describe("Rusia dituding", HashedNgramSettings.Default with { MaxCharNgramLength = 0 }).Select(n => n.Ngram);

        ngrams.ShouldContain("w:cueaccusation");
        ngrams.ShouldContain("w:roottuding");
    }

    [Fact]
    public void Describe_StemmedSentence_GivesWordNgramsOfStemsThenCharacterNgramsOfWords()
    {
        var ngrams = HashedNgramFeaturizer.Describe("Rusia membantah tuduhan", Settings with { MaxCharNgramLength = 0 }).Select(n => n.Ngram);

        ngrams.ShouldBe(["w:rusia", "w:rusia bantah", "w:bantah", "w:bantah tuduh", "w:tuduh"]);
    }

    [Fact]
    public void Describe_ShortWord_GivesItsMarkedCharacterNgramsOfEachLength()
    {
        var ngrams = HashedNgramFeaturizer.Describe("AS", Settings with { MinCharNgramLength = 2, MaxCharNgramLength = 3 }).Select(n => n.Ngram);

        // The word as written is lower-cased and marked "<as>"; words under four letters are not stemmed.
        ngrams.ShouldBe(["w:as", "c:<a", "c:<as", "c:as", "c:as>", "c:s>"]);
    }

    [Fact]
    public void Describe_NoStemming_KeepsWordsAsWritten()
    {
        var ngrams = HashedNgramFeaturizer.Describe("menuduh", Settings with { Stemming = FeaturizerSettings.NoStemming, MaxCharNgramLength = 0 });

        ngrams.Select(n => n.Ngram).ShouldBe(["w:menuduh"]);
    }

    [Fact]
    public void Featurize_SameTextTwice_GivesTheSameIdsInRange()
    {
        var first = new List<int>();
        var second = new List<int>();

        HashedNgramFeaturizer.Featurize("Jepang dan Filipina menggelar latihan militer gabungan.", Settings, first);
        HashedNgramFeaturizer.Featurize("Jepang dan Filipina menggelar latihan militer gabungan.", Settings, second);

        first.ShouldBe(second);
        first.ShouldAllBe(id => id >= 0 && id < Settings.Buckets);
        first.Count.ShouldBe(HashedNgramFeaturizer.Describe("Jepang dan Filipina menggelar latihan militer gabungan.", Settings).Count);
    }

    [Fact]
    public void Featurize_WordAndCharacterWithSameLetters_HashApart()
    {
        var ids = HashedNgramFeaturizer.Describe("abc", Settings with { MinCharNgramLength = 3, MaxCharNgramLength = 3 });

        // "w:abc" and "c:abc" must not share a bucket by construction (different kind marks).
        ids.Single(n => n.Ngram == "w:abc").Id.ShouldNotBe(ids.Single(n => n.Ngram == "c:abc").Id);
    }

    [Fact]
    public void Featurize_Ids_AreStableAcrossVersions()
    {
        // Saved models depend on these exact buckets: FNV-1a 64 of the kind mark and the n-gram.
        var ids = HashedNgramFeaturizer.Describe("sanksi", Settings with { MaxCharNgramLength = 0 });

        ids.Single().Id.ShouldBe(ExpectedBucket("w sanksi", Settings.Buckets));
    }

    [Fact]
    public void Featurize_EmptyText_GivesNoIds()
    {
        var ids = new List<int> { 1, 2 };

        HashedNgramFeaturizer.Featurize("  ...  ", Settings, ids);

        ids.ShouldBeEmpty();
    }

    // FNV-1a over UTF-16 code units, written out independently of the featurizer.
    private static int ExpectedBucket(string marked, int buckets)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in marked)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (int)(hash % (ulong)buckets);
    }
}
