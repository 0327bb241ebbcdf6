using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Classifier.Testing;
using Classifier.Training;
using Classifier.Training.Data;

namespace Classifier.Benchmarks;

/// <summary>Training time on data/train.tsv with the default candidates (<c>--quick</c>): long, so measured a few times only.</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 2)]
[MemoryDiagnoser]
public class TrainingBenchmarks
{
    private IReadOnlyList<LabeledExample> _examples = [];

    [GlobalSetup]
    public void Setup() => _examples = LabeledDataReader.Read(Path.Combine(RepoPaths.Root, "data", "train.tsv"));

    [Benchmark(Description = "train --quick on data/train.tsv (5-fold CV + final fit)")]
    public TrainedModels TrainQuick() => new ModelTrainer(TrainingOptions.Default with { Quick = true }).Train(_examples);
}
