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

/// <summary>
/// Two neural models with the same featurizer settings, run on one featurization of each sentence:
/// the event scores and the claim probability.
/// </summary>
internal sealed class NeuralPairScorer(NeuralTextModel events, NeuralTextModel claims, int claimSlot)
{
    [ThreadStatic]
    private static List<int>? _ids;

    public static NeuralPairScorer? TryCreate(ISentenceScorer events, ISentenceScorer claims, int claimSlot) =>
        events is NeuralScorer e && claims is NeuralScorer c && e.Model.Settings == c.Model.Settings
            ? new NeuralPairScorer(e.Model, c.Model, claimSlot)
            : null;

    public (float[] Events, float Claim) Score(string sentence)
    {
        var ids = _ids ??= [];
        HashedNgramFeaturizer.Featurize(sentence, events.Settings, ids);
        var eventScores = new float[events.Labels.Count];
        events.Predict(ids, eventScores);
        Span<float> claimScores = stackalloc float[claims.Labels.Count];
        claims.Predict(ids, claimScores);
        return (eventScores, claimScores[claimSlot]);
    }
}
