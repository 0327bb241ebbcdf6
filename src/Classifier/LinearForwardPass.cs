using System.Text;
using Classifier.Text;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Classifier;

/// <summary>
/// The committed kind of ML.NET models, a linear event model and a calibrated linear claim model on
/// one shared featurizer, run in managed code: the same stems, word and character n-gram counts,
/// L2 norms and dot products as ML.NET's pipeline, without its per-row machinery. Built only for
/// models whose parts it recognises, and checked against ML.NET when loaded.
/// </summary>
internal sealed class LinearForwardPass
{
    private const string WordPrefix = "WordFeatures.";
    private const string CharPrefix = "CharFeatures.";
    private const char StartMarker = '\u0002';
    private const char EndMarker = '\u0003';

    private readonly bool _removeStopWords;
    private readonly string[] _normalized;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _chars;
    private readonly int _wordLength;
    private readonly int _charLength;
    private readonly int _maxCharNgram;
    private readonly float[][] _eventWeights;
    private readonly float[] _eventBias;
    private readonly float[] _claimWeights;
    private readonly float _claimBias;
    private readonly double _slope;
    private readonly double _offset;

    [ThreadStatic]
    private static Dictionary<int, float>? _counts;

    private LinearForwardPass(
        bool removeStopWords, string[] normalized, Dictionary<string, int> words, Dictionary<string, int> chars, int wordLength, int maxCharNgram,
        float[][] eventWeights, float[] eventBias, float[] claimWeights, float claimBias, double slope, double offset)
    {
        _removeStopWords = removeStopWords;
        _normalized = normalized;
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _chars = chars.GetAlternateLookup<ReadOnlySpan<char>>();
        _wordLength = wordLength;
        _charLength = chars.Count;
        _maxCharNgram = maxCharNgram;
        _eventWeights = eventWeights;
        _eventBias = eventBias;
        _claimWeights = claimWeights;
        _claimBias = claimBias;
        _slope = slope;
        _offset = offset;
    }

    /// <summary>Builds the pass for two models, or returns <see langword="null"/> when they are not of the kind it reproduces.</summary>
    public static LinearForwardPass? TryCreate(MLContext mlContext, ModelManifest manifest, ITransformer eventModel, ITransformer claimModel)
    {
        var settings = manifest.EventModel.Featurizer;
        if (settings != manifest.ClaimModel.Featurizer
            || settings.Stemming == FeaturizerSettings.NoStemming
            || settings is not { WordNgramLength: 2, Weighting: "Tf", LowerCase: true, KeepDiacritics: false, KeepPunctuation: false, Norm: "L2", MinCharNgramLength: 1 }
            || ModelParts.Split(eventModel) is not var (eventFeaturizer, eventPredictor)
            || ModelParts.Split(claimModel) is not var (claimFeaturizer, claimPredictor)
            || eventPredictor.Model is not LinearMulticlassModelParametersBase multiclass
            || claimPredictor.Model is not CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator> calibrated)
        {
            return null;
        }

        var empty = mlContext.Data.LoadFromEnumerable(Array.Empty<SentenceInput>()).Schema;
        var slots = ModelParts.SlotNames(eventFeaturizer.GetOutputSchema(empty));
        if (!slots.SequenceEqual(ModelParts.SlotNames(claimFeaturizer.GetOutputSchema(empty))))
        {
            return null;
        }

        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var chars = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i].StartsWith(WordPrefix, StringComparison.Ordinal) && chars.Count == 0)
            {
                words[slots[i][WordPrefix.Length..].Replace('|', ' ')] = i;
            }
            else if (slots[i].StartsWith(CharPrefix, StringComparison.Ordinal) && ParseChars(slots[i][CharPrefix.Length..]) is { } gram)
            {
                chars[gram] = i;
            }
            else
            {
                return null;
            }
        }

        VBuffer<float>[] eventWeights = [];
        multiclass.GetWeights(ref eventWeights, out var classes);
        var claim = calibrated.SubModel;
        return new LinearForwardPass(
            settings.Stemming == IndonesianStemNoStopWordsMapping.ContractName,
            NormalizedCharacters(mlContext),
            words,
            chars,
            words.Count,
            settings.CharNgramLength,
            [.. eventWeights.Take(classes).Select(w => w.DenseValues().ToArray())],
            [.. multiclass.GetBiases()],
            [.. claim.Weights],
            claim.Bias,
            calibrated.Calibrator.Slope,
            calibrated.Calibrator.Offset);
    }

    /// <summary>The event scores (probabilities in label-slot order) and the claim probability of a sentence.</summary>
    public (float[] Events, float Claim) Score(string sentence)
    {
        var events = (float[])_eventBias.Clone();
        var claim = (double)_claimBias;
        foreach (var (slot, value) in Features(sentence))
        {
            for (var c = 0; c < events.Length; c++)
            {
                events[c] += _eventWeights[c][slot] * value;
            }

            claim += _claimWeights[slot] * value;
        }

        System.Numerics.Tensors.TensorPrimitives.SoftMax(events, events);

        // ML.NET's Platt calibrator: 1 / (1 + exp(slope × score + offset)), its slope negative.
        var probability = (float)(1 / (1 + Math.Exp((_slope * claim) + _offset)));
        return (events, probability);
    }

    /// <summary>The sentence's feature vector as (slot, value) pairs: what ML.NET's featurizer gives it.</summary>
    public List<(int Slot, float Value)> Features(string sentence)
    {
        var counts = _counts ??= [];
        counts.Clear();

        // Word n-grams of the normalized stems, then character n-grams of the normalized text with
        // start and end markers, each half scaled to unit length.
        var stems = Normalize(IndonesianTextNormalizer.Normalize(sentence, _removeStopWords));
        var tokens = stems.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var joined = string.Join(' ', tokens);
        var start = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            Count(counts, _words, joined.AsSpan(start, tokens[t].Length));
            if (t + 1 < tokens.Length)
            {
                Count(counts, _words, joined.AsSpan(start, tokens[t].Length + 1 + tokens[t + 1].Length));
            }

            start += tokens[t].Length + 1;
        }

        var norm = Norm(counts.Values);
        var features = counts.Select(p => (p.Key, p.Value / norm)).ToList();
        counts.Clear();

        // An empty text has no characters and, in ML.NET, no markers either.
        var normalized = Normalize(sentence);
        var text = normalized.Length == 0 ? string.Empty : StartMarker + normalized + EndMarker;
        for (var i = 0; i < text.Length; i++)
        {
            for (var n = 1; n <= _maxCharNgram && i + n <= text.Length; n++)
            {
                Count(counts, _chars, text.AsSpan(i, n));
            }
        }

        norm = Norm(counts.Values);
        features.AddRange(counts.Select(p => (p.Key, p.Value / norm)));
        return features;
    }

    private static void Count(Dictionary<int, float> counts, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> gram)
    {
        if (lookup.TryGetValue(gram, out var slot))
        {
            counts[slot] = counts.GetValueOrDefault(slot) + 1;
        }
    }

    private static float Norm(IEnumerable<float> values)
    {
        var sum = values.Sum(v => (double)v * v);
        return sum > 0 ? (float)Math.Sqrt(sum) : 1;
    }

    // What ML.NET's text normalizer, as the featurizer was configured (lower case, no diacritics,
    // no punctuation), makes of each character, asked of ML.NET itself once: its diacritics table
    // and punctuation rules are its own, and exactness matters more than a few milliseconds.
    private static string[] NormalizedCharacters(MLContext mlContext)
    {
        var characters = Enumerable.Range(0, char.MaxValue + 1)
            .Select(c => new SentenceInput { Text = char.IsSurrogate((char)c) ? string.Empty : ((char)c).ToString() });
        var data = mlContext.Data.LoadFromEnumerable(characters);
        var normalizer = mlContext.Transforms.Text.NormalizeText(
            nameof(SentenceInput.Text), nameof(SentenceInput.Text), Microsoft.ML.Transforms.Text.TextNormalizingEstimator.CaseMode.Lower, keepDiacritics: false, keepPunctuations: false, keepNumbers: true);
        var normalized = normalizer.Fit(data).Transform(data).GetColumn<string>(nameof(SentenceInput.Text)).ToArray();
        for (var c = 0; c < normalized.Length; c++)
        {
            // Surrogates pass through unchanged, as ML.NET leaves characters outside its tables.
            if (char.IsSurrogate((char)c))
            {
                normalized[c] = ((char)c).ToString();
            }
        }

        return normalized;
    }

    private string Normalize(string text)
    {
        var output = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            output.Append(_normalized[c]);
        }

        return output.ToString();
    }

    // A character n-gram slot such as "<␂>|t|u": single characters, or the markers of the start,
    // the end and a space, joined by '|' (which may itself be one of the characters).
    private static string? ParseChars(string name)
    {
        var gram = new StringBuilder();
        var i = 0;
        while (i < name.Length)
        {
            if (name.AsSpan(i).StartsWith("<␂>", StringComparison.Ordinal))
            {
                gram.Append(StartMarker);
                i += 3;
            }
            else if (name.AsSpan(i).StartsWith("<␃>", StringComparison.Ordinal))
            {
                gram.Append(EndMarker);
                i += 3;
            }
            else if (name.AsSpan(i).StartsWith("<␠>", StringComparison.Ordinal))
            {
                gram.Append(' ');
                i += 3;
            }
            else
            {
                gram.Append(name[i]);
                i++;
            }

            if (i < name.Length)
            {
                if (name[i] != '|')
                {
                    return null;
                }

                i++;
            }
        }

        return gram.ToString();
    }
}
