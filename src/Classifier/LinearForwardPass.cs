using System.Runtime.CompilerServices;
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
/// models whose parts it recognises, and only under the ML.NET release it was checked against
/// (a test compares it with ML.NET on the whole corpus); under another release the models run
/// through ML.NET as before.
/// </summary>
internal sealed class LinearForwardPass
{
    private const string WordPrefix = "WordFeatures.";
    private const string CharPrefix = "CharFeatures.";
    private const char StartMarker = '\u0002';
    private const char EndMarker = '\u0003';

    /// <summary>The ML.NET release whose featurizer this reproduces.</summary>
    internal const string VerifiedMlNetVersion = "5.0.1";

    private readonly string _wordStep;
    private readonly CharacterNormalizer _normalizer;
    // Word n-grams by the 64-bit FNV-1a hash of their text; with some 10^5 n-grams a collision
    // with an unseen one is about as likely as 10^-14 per sentence.
    private readonly NgramTable _words;
    // Character n-grams by length, each keyed by its characters packed 16 bits apiece: integer keys
    // sit inside the table's entries, where string keys cost another memory access per lookup.
    private readonly NgramTable[] _chars;
    private readonly int _maxCharNgram;
    // Per slot, the weights of every event label and then the claim weight, side by side, so a
    // feature's weights share a cache line: the tables are larger than the caches.
    private readonly float[] _weights;
    private readonly int _stride;
    private readonly float[] _eventBias;
    private readonly float _claimBias;
    private readonly double _slope;
    private readonly double _offset;

    private readonly int _slots;

    [ThreadStatic]
    private static float[]? _counts;

    [ThreadStatic]
    private static List<int>? _seen;

    // Loading builds tables of hundreds of thousands of entries once per process: optimized code
    // at once beats tier-0 code here (measured: a cold classify of one article).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private LinearForwardPass(
        string wordStep, CharacterNormalizer normalizer, NgramTable words, NgramTable[] chars, int maxCharNgram,
        float[][] eventWeights, float[] eventBias, float[] claimWeights, float claimBias, double slope, double offset)
    {
        _wordStep = wordStep;
        _normalizer = normalizer;
        _words = words;
        _chars = chars;
        _maxCharNgram = maxCharNgram;
        _stride = eventWeights.Length + 1;
        _slots = claimWeights.Length;
        _weights = new float[claimWeights.Length * _stride];
        for (var slot = 0; slot < claimWeights.Length; slot++)
        {
            for (var c = 0; c < eventWeights.Length; c++)
            {
                _weights[(slot * _stride) + c] = eventWeights[c][slot];
            }

            _weights[(slot * _stride) + eventWeights.Length] = claimWeights[slot];
        }

        _eventBias = eventBias;
        _claimBias = claimBias;
        _slope = slope;
        _offset = offset;
    }

    /// <summary>Builds the pass for two models, or returns <see langword="null"/> when they are not of the kind it reproduces.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LinearForwardPass? TryCreate(MLContext mlContext, ModelManifest manifest, ITransformer eventModel, ITransformer claimModel, FeatureSlots featureSlots)
    {
        var settings = manifest.EventModel.Featurizer;
        if (ModelManifest.RunningMlNetVersion != VerifiedMlNetVersion
            || settings != manifest.ClaimModel.Featurizer
            || settings.Stemming == FeaturizerSettings.NoStemming
            || settings is not { WordNgramLength: 2, CharNgramLength: <= 4, Weighting: "Tf", LowerCase: true, KeepDiacritics: false, KeepPunctuation: false, Norm: "L2", MinCharNgramLength: 1 }
            || !featureSlots.Shared
            || ModelParts.Split(eventModel) is not var (_, eventPredictor)
            || ModelParts.Split(claimModel) is not var (_, claimPredictor)
            || eventPredictor.Model is not LinearMulticlassModelParametersBase multiclass
            || claimPredictor.Model is not CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator> calibrated)
        {
            return null;
        }

        // Word slots ("WordFeatures.tolak|tuduh") come first, then character slots ("CharFeatures.<␂>|t|u").
        var slots = featureSlots.Event;
        var words = new List<KeyValuePair<ulong, int>>();
        var chars = Enumerable.Range(0, settings.CharNgramLength + 1).Select(_ => new List<KeyValuePair<ulong, int>>()).ToArray();
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i].StartsWith(WordPrefix, StringComparison.Ordinal) && chars.All(c => c.Count == 0))
            {
                words.Add(KeyValuePair.Create(Hash(slots[i].AsSpan(WordPrefix.Length), '|'), i));
            }
            else if (slots[i].StartsWith(CharPrefix, StringComparison.Ordinal)
                && ParseChars(slots[i].AsSpan(CharPrefix.Length)) is var (key, length) && length > 0 && length < chars.Length)
            {
                chars[length].Add(KeyValuePair.Create(key, i));
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
            settings.Stemming,
            new CharacterNormalizer(mlContext),
            new NgramTable(words),
            [.. chars.Select(c => new NgramTable(c))],
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
            var weights = _weights.AsSpan(slot * _stride, _stride);
            for (var c = 0; c < events.Length; c++)
            {
                events[c] += weights[c] * value;
            }

            claim += weights[events.Length] * value;
        }

        System.Numerics.Tensors.TensorPrimitives.SoftMax(events, events);

        // ML.NET's Platt calibrator: 1 / (1 + exp(slope × score + offset)), its slope negative.
        var probability = (float)(1 / (1 + Math.Exp((_slope * claim) + _offset)));
        return (events, probability);
    }

    /// <summary>The sentence's feature vector as (slot, value) pairs: what ML.NET's featurizer gives it.</summary>
    public List<(int Slot, float Value)> Features(string sentence)
    {
        // Counts go in an array indexed by slot, remembered in the order first seen; a dictionary
        // cost more than the lookups themselves.
        var counts = _counts is { } reused && reused.Length == _slots ? reused : _counts = new float[_slots];
        var seen = _seen ??= [];
        var features = new List<(int Slot, float Value)>();

        // Word n-grams of the normalized stems, then character n-grams of the normalized text with
        // start and end markers, each half scaled to unit length.
        var stems = Normalize(WordSteps.Apply(_wordStep, sentence));
        var tokens = stems.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var joined = string.Join(' ', tokens);
        var start = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            Add(counts, seen, _words.Find(Hash(joined.AsSpan(start, tokens[t].Length))));
            if (t + 1 < tokens.Length)
            {
                Add(counts, seen, _words.Find(Hash(joined.AsSpan(start, tokens[t].Length + 1 + tokens[t + 1].Length))));
            }

            start += tokens[t].Length + 1;
        }

        Drain(counts, seen, features);

        // An empty text has no characters and, in ML.NET, no markers either.
        var normalized = Normalize(sentence);
        var text = normalized.Length == 0 ? string.Empty : StartMarker + normalized + EndMarker;
        for (var i = 0; i < text.Length; i++)
        {
            var key = 0UL;
            for (var n = 1; n <= _maxCharNgram && i + n <= text.Length; n++)
            {
                key = (key << 16) | text[i + n - 1];
                Add(counts, seen, _chars[n].Find(key));
            }
        }

        Drain(counts, seen, features);
        return features;
    }

    private static void Add(float[] counts, List<int> seen, int slot)
    {
        if (slot < 0)
        {
            return;
        }

        if (counts[slot] == 0)
        {
            seen.Add(slot);
        }

        counts[slot]++;
    }

    // Moves the counts out as L2-normalized values, leaving the array zeroed for the next use.
    private static void Drain(float[] counts, List<int> seen, List<(int Slot, float Value)> features)
    {
        var sum = 0.0;
        foreach (var slot in seen)
        {
            sum += (double)counts[slot] * counts[slot];
        }

        var norm = sum > 0 ? (float)Math.Sqrt(sum) : 1;
        foreach (var slot in seen)
        {
            features.Add((slot, counts[slot] / norm));
            counts[slot] = 0;
        }

        seen.Clear();
    }

    // FNV-1a of a word n-gram's text, its tokens joined by spaces; a slot name joins them by '|'.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong Hash(ReadOnlySpan<char> text, char separator = ' ')
    {
        var hash = Fnv1a.Offset;
        foreach (var c in text)
        {
            hash = Fnv1a.Add(hash, c == separator ? ' ' : c);
        }

        return hash;
    }

    private string Normalize(string text)
    {
        var output = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            output.Append(_normalizer[c]);
        }

        return output.ToString();
    }

    // A character n-gram slot such as "<␂>|t|u": single characters, or the markers of the start,
    // the end and a space, joined by '|' (which may itself be one of the characters); packed 16
    // bits a character, as the lookups pack them.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (ulong Key, int Length) ParseChars(ReadOnlySpan<char> name)
    {
        var key = 0UL;
        var length = 0;
        var i = 0;
        while (i < name.Length)
        {
            char c;
            if (name[i..].StartsWith("<␂>", StringComparison.Ordinal))
            {
                (c, i) = (StartMarker, i + 3);
            }
            else if (name[i..].StartsWith("<␃>", StringComparison.Ordinal))
            {
                (c, i) = (EndMarker, i + 3);
            }
            else if (name[i..].StartsWith("<␠>", StringComparison.Ordinal))
            {
                (c, i) = (' ', i + 3);
            }
            else
            {
                (c, i) = (name[i], i + 1);
            }

            key = (key << 16) | c;
            length++;
            if (i < name.Length)
            {
                if (name[i] != '|' || length == 4)
                {
                    return (0, 0);
                }

                i++;
            }
        }

        return (key, length);
    }
}
