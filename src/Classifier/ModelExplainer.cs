using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Classifier;

/// <summary>
/// Explains predictions by n-gram. For a linear event model, the contribution of an n-gram to
/// label k is its feature value times its weight for k minus its mean weight for the other labels;
/// for a linear claim model, its feature value times its weight, signed towards the decision.
/// Tree models have no per-n-gram weights; their explanations are empty.
/// </summary>
internal sealed class ModelExplainer
{
    private const string FeaturesColumn = "Features";

    private readonly MLContext _mlContext;
    private readonly ITransformer? _eventFeaturizer;
    private readonly VBuffer<float>[]? _eventWeights;
    private readonly string[] _eventSlots = [];
    private readonly ITransformer? _claimFeaturizer;
    private readonly VBuffer<float> _claimWeights;
    private readonly string[] _claimSlots = [];

    public ModelExplainer(MLContext mlContext, ITransformer? eventModel, ITransformer? claimModel, DataViewSchema inputSchema)
    {
        _mlContext = mlContext;

        if (eventModel is not null
            && ModelParts.Split(eventModel) is var (eventFeaturizer, eventPredictor)
            && eventPredictor.Model is LinearMulticlassModelParametersBase linear)
        {
            _eventFeaturizer = eventFeaturizer;
            linear.GetWeights(ref _eventWeights, out _);
            _eventSlots = SlotNames(eventFeaturizer.GetOutputSchema(inputSchema));
        }

        if (claimModel is not null
            && ModelParts.Split(claimModel) is var (claimFeaturizer, claimPredictor)
            && claimPredictor.Model is CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator> calibrated)
        {
            _claimFeaturizer = claimFeaturizer;
            _claimSlots = SlotNames(claimFeaturizer.GetOutputSchema(inputSchema));
            var weights = calibrated.SubModel.Weights;
            _claimWeights = new VBuffer<float>(weights.Count, [.. weights]);
        }
    }

    public IReadOnlyList<TermWeight> LabelTerms(string sentence, int labelIndex, int count)
    {
        if (_eventFeaturizer is null || _eventWeights is null)
        {
            return [];
        }

        var features = Features(_eventFeaturizer, sentence);
        var others = Enumerable.Range(0, _eventWeights.Length).Where(c => c != labelIndex).ToList();
        var weights = _eventWeights[labelIndex];
        return Top(features, j => features.GetItemOrDefault(j) * (weights.GetItemOrDefault(j) - others.Average(c => _eventWeights[c].GetItemOrDefault(j))), _eventSlots, count);
    }

    public IReadOnlyList<TermWeight> ClaimTerms(string sentence, bool isClaim, int count)
    {
        if (_claimFeaturizer is null)
        {
            return [];
        }

        var features = Features(_claimFeaturizer, sentence);

        // Show what pushed towards the decision taken: claim for a claim, not-claim otherwise.
        var sign = isClaim ? 1 : -1;
        return Top(features, j => sign * features.GetItemOrDefault(j) * _claimWeights.GetItemOrDefault(j), _claimSlots, count);
    }

    private static string[] SlotNames(DataViewSchema schema) => [.. ModelParts.SlotNames(schema).Select(Readable)];

    // Slot names look like "WordFeatures.tolak|tuduh" or "CharFeatures.<␂>|t|u"; show "tolak tuduh" and "'^tu'".
    private static string Readable(string slot)
    {
        var dot = slot.IndexOf('.', StringComparison.Ordinal);
        var source = dot < 0 ? string.Empty : slot[..dot];
        var gram = dot < 0 ? slot : slot[(dot + 1)..];
        if (source.StartsWith("Char", StringComparison.Ordinal))
        {
            var chars = gram.Replace("|", string.Empty, StringComparison.Ordinal)
                .Replace("<␠>", " ", StringComparison.Ordinal)
                .Replace("<␂>", "^", StringComparison.Ordinal)
                .Replace("<␃>", "$", StringComparison.Ordinal);
            return $"'{chars}'";
        }

        return gram.Replace('|', ' ');
    }

    // Character n-grams of one or two letters ("'e'", "' '") weigh in the sum but tell a reader nothing.
    private static bool IsReadable(string term) => !term.StartsWith('\'') || term.Trim('\'').Trim().Length >= 3;

    private VBuffer<float> Features(ITransformer featurizer, string sentence) =>
        featurizer.Transform(Single(sentence)).GetColumn<VBuffer<float>>(FeaturesColumn).First();

    private IDataView Single(string sentence) => _mlContext.Data.LoadFromEnumerable([new SentenceInput { Text = sentence }]);

    private static IReadOnlyList<TermWeight> Top(VBuffer<float> vector, Func<int, double> contribution, string[] slots, int count)
    {
        var indices = vector.GetIndices();
        var candidates = vector.IsDense ? Enumerable.Range(0, vector.Length) : indices.ToArray().AsEnumerable();
        return [.. candidates
            .Where(j => j >= slots.Length || IsReadable(slots[j]))
            .Select(j => (Index: j, Weight: contribution(j)))
            .Where(c => c.Weight > 0)
            .OrderByDescending(c => c.Weight)
            .Take(count)
            .Select(c => new TermWeight(c.Index < slots.Length ? slots[c.Index] : $"#{c.Index}", Math.Round(c.Weight, 4)))];
    }
}
