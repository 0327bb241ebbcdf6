using System.Buffers.Binary;
using System.Numerics.Tensors;
using System.Text;
using System.Text.Json;

namespace Classifier.Neural;

/// <summary>
/// A fastText-style text classifier: the mean of the embeddings of a sentence's hashed n-grams,
/// then one linear layer and a softmax. Trained with TorchSharp (<c>Classifier.Torch</c>), but its
/// forward pass is these few lines of managed code, so inference needs no libtorch.
/// </summary>
/// <remarks>Immutable once built, so one instance is safe to share across threads.</remarks>
public sealed class NeuralTextModel
{
    /// <summary>The model format's name and version, as the manifest records it.</summary>
    public const string FormatName = "HashedNgramNet.v1";

    // File layout: magic, format version, header length, UTF-8 JSON header, then the little-endian
    // float32 embedding, output weights and output bias.
    private static readonly byte[] Magic = "CLNN"u8.ToArray();
    private const int FileVersion = 1;

    [ThreadStatic]
    private static List<int>? _ids;

    private readonly float[] _embedding;
    private readonly float[] _weights;
    private readonly float[] _bias;

    /// <summary>Creates a model from its weights.</summary>
    /// <param name="settings">How sentences become n-gram ids.</param>
    /// <param name="labels">The class names, in the order of the output rows.</param>
    /// <param name="embedding">Buckets × dimensions, row by row.</param>
    /// <param name="weights">Classes × dimensions, row by row.</param>
    /// <param name="bias">One per class.</param>
    /// <exception cref="ArgumentException">The shapes do not fit the settings and labels.</exception>
    public NeuralTextModel(HashedNgramSettings settings, IReadOnlyList<string> labels, float[] embedding, float[] weights, float[] bias)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(embedding);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(bias);
        settings.Validate();
        if (labels.Count < 2)
        {
            throw new ArgumentException($"a classifier needs at least two labels, found {labels.Count}", nameof(labels));
        }

        if (embedding.Length != settings.Buckets * settings.Dimensions
            || weights.Length != labels.Count * settings.Dimensions
            || bias.Length != labels.Count)
        {
            throw new ArgumentException(
                $"weights do not fit {settings.Buckets} buckets × {settings.Dimensions} dimensions and {labels.Count} labels");
        }

        Settings = settings;
        Labels = [.. labels];
        _embedding = embedding;
        _weights = weights;
        _bias = bias;
    }

    /// <summary>How sentences become n-gram ids.</summary>
    public HashedNgramSettings Settings { get; }

    /// <summary>The class names, in the order of <see cref="Predict(string)"/>'s probabilities.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The class probabilities of a sentence.</summary>
    /// <param name="text">The sentence.</param>
    /// <returns>One probability per label, summing to 1.</returns>
    public float[] Predict(string text)
    {
        var probabilities = new float[Labels.Count];
        Predict(text, probabilities);
        return probabilities;
    }

    /// <summary>Writes the class probabilities of a sentence into a buffer.</summary>
    /// <param name="text">The sentence.</param>
    /// <param name="probabilities">Receives one probability per label.</param>
    public void Predict(string text, Span<float> probabilities)
    {
        if (probabilities.Length != Labels.Count)
        {
            throw new ArgumentException($"expected room for {Labels.Count} probabilities", nameof(probabilities));
        }

        var ids = _ids ??= [];
        HashedNgramFeaturizer.Featurize(text, Settings, ids);
        Predict(ids, probabilities);
    }

    /// <summary>
    /// Writes the class probabilities of a sentence already turned into ids by
    /// <see cref="HashedNgramFeaturizer.Featurize"/> with this model's <see cref="Settings"/>, so that
    /// models with the same settings can share one featurization.
    /// </summary>
    /// <param name="ids">The sentence's n-gram ids.</param>
    /// <param name="probabilities">Receives one probability per label.</param>
    public void Predict(IReadOnlyList<int> ids, Span<float> probabilities)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (probabilities.Length != Labels.Count)
        {
            throw new ArgumentException($"expected room for {Labels.Count} probabilities", nameof(probabilities));
        }

        var dimensions = Settings.Dimensions;
        Span<float> hidden = stackalloc float[dimensions];
        hidden.Clear();
        for (var i = 0; i < ids.Count; i++)
        {
            TensorPrimitives.Add(hidden, _embedding.AsSpan(ids[i] * dimensions, dimensions), hidden);
        }

        // A sentence without n-grams has a zero mean, as torch's EmbeddingBag gives an empty bag.
        if (ids.Count > 0)
        {
            TensorPrimitives.Divide(hidden, ids.Count, hidden);
        }

        for (var c = 0; c < Labels.Count; c++)
        {
            probabilities[c] = TensorPrimitives.Dot(_weights.AsSpan(c * dimensions, dimensions), hidden) + _bias[c];
        }

        TensorPrimitives.SoftMax(probabilities, probabilities);
    }

    /// <summary>
    /// How much each n-gram of a sentence added to one class's logit. The logit is linear in the
    /// mean embedding, so the contributions plus the bias sum to it exactly.
    /// </summary>
    /// <param name="text">The sentence.</param>
    /// <param name="label">The class's index in <see cref="Labels"/>.</param>
    /// <returns>Each distinct n-gram with its summed contribution.</returns>
    public IReadOnlyList<(string Ngram, float Contribution)> Contributions(string text, int label)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(label);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(label, Labels.Count);
        var ngrams = HashedNgramFeaturizer.Describe(text, Settings);
        var dimensions = Settings.Dimensions;
        var row = _weights.AsSpan(label * dimensions, dimensions);
        var sums = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var (ngram, id) in ngrams)
        {
            var value = TensorPrimitives.Dot(row, _embedding.AsSpan(id * dimensions, dimensions)) / ngrams.Count;
            sums[ngram] = sums.GetValueOrDefault(ngram) + value;
        }

        return [.. sums.Select(p => (p.Key, p.Value))];
    }

    /// <summary>Writes the model.</summary>
    /// <param name="stream">The stream to write to.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var header = JsonSerializer.SerializeToUtf8Bytes(new Header(FormatName, Settings, [.. Labels]), ModelManifest.JsonOptions);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FileVersion);
        writer.Write(header.Length);
        writer.Write(header);
        WriteFloats(writer, _embedding);
        WriteFloats(writer, _weights);
        WriteFloats(writer, _bias);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <param name="stream">The stream to read from.</param>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidDataException">The stream is not a model of this format, or is cut short.</exception>
    public static NeuralTextModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            {
                throw new InvalidDataException($"not a {FormatName} model");
            }

            var version = reader.ReadInt32();
            if (version != FileVersion)
            {
                throw new InvalidDataException($"model file version {version} is not supported (this version reads {FileVersion})");
            }

            var headerLength = reader.ReadInt32();
            if (headerLength is < 2 or > 1 << 20)
            {
                throw new InvalidDataException($"header length {headerLength} is out of range");
            }

            var header = JsonSerializer.Deserialize<Header>(reader.ReadBytes(headerLength), ModelManifest.JsonOptions)
                ?? throw new InvalidDataException("the header is empty");
            if (header.Format != FormatName || header.Settings is null || header.Labels is null)
            {
                throw new InvalidDataException($"the header names format '{header.Format}', not {FormatName}");
            }

            try
            {
                header.Settings.Validate();
            }
            catch (ArgumentException ex)
            {
                throw new InvalidDataException(ex.Message, ex);
            }

            var dimensions = header.Settings.Dimensions;
            var embedding = ReadFloats(reader, header.Settings.Buckets * dimensions);
            var weights = ReadFloats(reader, header.Labels.Length * dimensions);
            var bias = ReadFloats(reader, header.Labels.Length);
            if (stream.CanSeek && stream.Position != stream.Length)
            {
                throw new InvalidDataException("the file has bytes after the weights");
            }

            return new NeuralTextModel(header.Settings, header.Labels, embedding, weights, bias);
        }
        catch (Exception ex) when (ex is EndOfStreamException or JsonException or ArgumentException)
        {
            throw new InvalidDataException($"not a readable {FormatName} model ({ex.Message})", ex);
        }
    }

    private static void WriteFloats(BinaryWriter writer, float[] values)
    {
        var bytes = new byte[values.Length * sizeof(float)];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), values[i]);
        }

        writer.Write(bytes);
    }

    private static float[] ReadFloats(BinaryReader reader, int count)
    {
        var bytes = reader.ReadBytes(count * sizeof(float));
        if (bytes.Length != count * sizeof(float))
        {
            throw new EndOfStreamException($"expected {count} weights, the file ends early");
        }

        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * sizeof(float)));
            if (!float.IsFinite(values[i]))
            {
                throw new InvalidDataException("the weights hold a value that is not a finite number");
            }
        }

        return values;
    }

    private sealed record Header(string Format, HashedNgramSettings Settings, string[] Labels);
}
