using BenchmarkDotNet.Attributes;
using Classifier.Testing;

namespace Classifier.Benchmarks;

/// <summary>
/// Inference speed of both models together: one sentence, a batch on one thread, the same batch
/// split over all cores, a whole article, and loading. Batch results are per operation of
/// <see cref="BatchSize"/> sentences; divide to get per-sentence time and allocation. Set
/// CLASSIFIER_MODELS to a model folder to measure other models (say, a neural one from
/// <c>train --trainer torch</c>) than the committed ones.
/// </summary>
[MemoryDiagnoser]
public class InferenceBenchmarks
{
    /// <summary>Sentences per batch operation.</summary>
    public const int BatchSize = 2000;

    private static readonly string Models = Environment.GetEnvironmentVariable("CLASSIFIER_MODELS") is { Length: > 0 } folder ? folder : RepoPaths.Models;

    private SentenceClassifier _classifier = null!;
    private string[] _sentences = [];
    private string _article = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _classifier = SentenceClassifier.Load(Models);
        _sentences = [.. File.ReadLines(Path.Combine(RepoPaths.Root, "data", "test.tsv")).Skip(1).Select(l => l.Split('\t')[0]).Take(BatchSize)];
        while (_sentences.Length < BatchSize)
        {
            _sentences = [.. _sentences, .. _sentences.Take(BatchSize - _sentences.Length)];
        }

        _article = File.ReadAllText(Path.Combine(RepoPaths.Root, "seeds", "000_f40cde74fe5a52d2.txt"));
    }

    [Benchmark(Description = "one sentence (latency)")]
    public SentencePrediction OneSentence() => _classifier.Classify(_sentences[7]);

    [Benchmark(Description = "batch of 2000, one thread")]
    public int BatchOneThread() => _classifier.Classify(_sentences).Count;

    [Benchmark(Description = "2000 sentences one by one, all cores sharing one classifier")]
    public int SharedAllCores()
    {
        var results = new SentencePrediction[_sentences.Length];
        Parallel.For(0, _sentences.Length, i => results[i] = _classifier.Classify(_sentences[i]));
        return results.Length;
    }

    [Benchmark(Description = "whole seed article")]
    public int WholeArticle() => _classifier.ClassifyArticle(_article).Sentences.Count;

    [Benchmark(Description = "load both models")]
    public SentenceClassifier Load() => SentenceClassifier.Load(Models);
}
