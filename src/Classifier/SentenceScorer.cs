using System.Collections.Concurrent;
using Classifier.Neural;
using Microsoft.ML;

namespace Classifier;

/// <summary>One loaded model's scores for sentences: the label scores of an event model, or a one-element array with a claim model's probability.</summary>
internal interface ISentenceScorer
{
    /// <summary>Scores one sentence.</summary>
    float[] Score(string sentence);

    /// <summary>Scores a batch of sentences, in order.</summary>
    IReadOnlyList<float[]> Score(IReadOnlyList<string> sentences);
}

/// <summary>
/// Scores with an ML.NET model: one sentence through pooled prediction engines (an engine is not
/// thread-safe, so each caller borrows one), a batch through <c>Transform</c>.
/// </summary>
internal sealed class MlNetScorer<TPrediction>(MLContext mlContext, ITransformer model, Func<TPrediction, float[]> read) : ISentenceScorer
    where TPrediction : class, new()
{
    private readonly ConcurrentBag<PredictionEngine<SentenceInput, TPrediction>> _engines = [];

    public ITransformer Model => model;

    public float[] Score(string sentence)
    {
        var engine = _engines.TryTake(out var pooled) ? pooled : mlContext.Model.CreatePredictionEngine<SentenceInput, TPrediction>(model);
        try
        {
            return read(engine.Predict(new SentenceInput { Text = sentence }));
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    public IReadOnlyList<float[]> Score(IReadOnlyList<string> sentences)
    {
        var data = mlContext.Data.LoadFromEnumerable(sentences.Select(s => new SentenceInput { Text = s }));
        return [.. mlContext.Data.CreateEnumerable<TPrediction>(model.Transform(data), reuseRowObject: false).Select(read)];
    }
}

/// <summary>Scores with a neural model's managed forward pass; no libtorch, and thread-safe as it is.</summary>
internal sealed class NeuralScorer(NeuralTextModel model, Func<float[], float[]> read) : ISentenceScorer
{
    public NeuralTextModel Model => model;

    public float[] Score(string sentence) => read(model.Predict(sentence));

    public IReadOnlyList<float[]> Score(IReadOnlyList<string> sentences) => [.. sentences.Select(Score)];
}
