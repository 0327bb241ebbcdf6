using TorchSharp;
using static TorchSharp.torch;

namespace Classifier.Torch;

/// <summary>
/// The trainable network: the mean of a sentence's n-gram embeddings, then one linear layer,
/// trained by Adam. The embedding table gets a lazy Adam that touches only the rows a batch uses:
/// a dense update of all 2^16 rows per step costs more than the rest of training together, and
/// TorchSharp has no sparse Adam. The updates are written out here, on plain tensors, so nothing
/// the optimizer keeps between steps lives in a dispose scope.
/// </summary>
internal sealed class FastTextNetwork : IDisposable
{
    private const double Beta1 = 0.9;
    private const double Beta2 = 0.999;
    private const double Epsilon = 1e-8;

    // The alpha of every addition is this one held Scalar: TorchSharp's implicit alpha (a Scalar
    // made inside add) can be finalized while libtorch still reads it, when a GC runs during the
    // native call (seen as rare "toFloat" failures under load).
    private readonly Scalar _one = 1.0.ToScalar();

    private readonly Tensor _table;
    private readonly Tensor _weights;
    private readonly Tensor _bias;
    private readonly Moments _tableMoments;
    private readonly Moments _weightMoments;
    private readonly Moments _biasMoments;
    private readonly double _learningRate;
    private int _steps;

    public FastTextNetwork(int buckets, int dimensions, int classes, double learningRate)
    {
        _learningRate = learningRate;

        // fastText's start: small random embeddings, a zero output layer.
        _table = empty(buckets, dimensions).uniform_(-1.0 / dimensions, 1.0 / dimensions);
        _weights = zeros(classes, dimensions);
        _bias = zeros(classes);
        _tableMoments = new Moments(_table, _one);
        _weightMoments = new Moments(_weights, _one);
        _biasMoments = new Moments(_bias, _one);
    }

    /// <summary>One gradient step on a batch; returns the batch's mean cross-entropy.</summary>
    public float Step(Batch batch, long[] targets)
    {
        _steps++;
        var stepSize = _learningRate * Math.Sqrt(1 - Math.Pow(Beta2, _steps)) / (1 - Math.Pow(Beta1, _steps));
        using var scope = NewDisposeScope();
        var step = tensor((float)-stepSize);

        // Leaves for this step only: their gradients are fresh each time.
        var rowIds = tensor(batch.Rows);
        var rows = _table.index_select(0, rowIds).requires_grad_();
        var weights = _weights.detach().requires_grad_();
        var bias = _bias.detach().requires_grad_();
        var loss = nn.functional.cross_entropy(Logits(batch.Averages().matmul(rows), weights, bias), tensor(targets));
        loss.backward();

        using var noGrad = no_grad();
        _table.index_copy_(0, rowIds, rows.detach().add(_tableMoments.Update(rowIds, rows.grad!, step), _one));
        _weights.add_(_weightMoments.Update(null, weights.grad!, step), _one);
        _bias.add_(_biasMoments.Update(null, bias.grad!, step), _one);
        return loss.item<float>();
    }

    /// <summary>The class probabilities of each sentence of a batch, sentence by sentence.</summary>
    public float[][] Probabilities(Batch batch)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var rows = _table.index_select(0, tensor(batch.Rows));
        var flat = Logits(batch.Averages().matmul(rows), _weights, _bias).softmax(1).data<float>().ToArray();
        var classes = (int)_bias.shape[0];
        return [.. flat.Chunk(classes)];
    }

    public float[] Embedding => _table.data<float>().ToArray();

    public float[] Weights => _weights.data<float>().ToArray();

    public float[] Bias => _bias.data<float>().ToArray();

    public void Dispose()
    {
        _table.Dispose();
        _weights.Dispose();
        _bias.Dispose();
        _tableMoments.Dispose();
        _weightMoments.Dispose();
        _biasMoments.Dispose();
        _one.Dispose();
    }

    private Tensor Logits(Tensor mean, Tensor weights, Tensor bias) => mean.matmul(weights.t()).add(bias, _one);

    /// <summary>Adam's running moments of one tensor, updated whole or by rows.</summary>
    private sealed class Moments(Tensor parameter, Scalar one) : IDisposable
    {
        private readonly Tensor _first = zeros_like(parameter);
        private readonly Tensor _second = zeros_like(parameter);
        private readonly Tensor _beta1 = tensor((float)Beta1);
        private readonly Tensor _beta2 = tensor((float)Beta2);
        private readonly Tensor _oneMinusBeta1 = tensor((float)(1 - Beta1));
        private readonly Tensor _oneMinusBeta2 = tensor((float)(1 - Beta2));
        private readonly Tensor _epsilon = tensor((float)Epsilon);

        /// <summary>Folds in a gradient and returns the step to add: <paramref name="step"/> (negative, bias correction included) times the first moment over the root of the second.</summary>
        public Tensor Update(Tensor? rows, Tensor gradient, Tensor step)
        {
            var first = rows is null ? _first : _first.index_select(0, rows);
            var second = rows is null ? _second : _second.index_select(0, rows);
            first.mul_(_beta1).add_(gradient.mul(_oneMinusBeta1), one);
            second.mul_(_beta2).add_(gradient.mul(gradient).mul_(_oneMinusBeta2), one);
            if (rows is not null)
            {
                _first.index_copy_(0, rows, first);
                _second.index_copy_(0, rows, second);
            }

            return first.div(second.sqrt().add_(_epsilon, one)).mul_(step);
        }

        public void Dispose()
        {
            _first.Dispose();
            _second.Dispose();
            _beta1.Dispose();
            _beta2.Dispose();
            _oneMinusBeta1.Dispose();
            _oneMinusBeta2.Dispose();
            _epsilon.Dispose();
        }
    }

    /// <summary>A batch in the network's terms.</summary>
    /// <param name="Rows">The distinct embedding rows the batch uses.</param>
    /// <param name="Weights">Sentences × rows: how often each row occurs in each sentence over the sentence's n-gram count, so that multiplying by the rows gives each sentence's mean embedding (an empty sentence's stays zero).</param>
    public sealed record Batch(long[] Rows, float[,] Weights)
    {
        /// <summary>The averaging matrix as a tensor.</summary>
        public Tensor Averages() => tensor(Weights);

        public static Batch Pack(long[][] features, IReadOnlyList<int> sentences)
        {
            var rows = new Dictionary<long, int>();
            foreach (var s in sentences)
            {
                foreach (var id in features[s])
                {
                    rows.TryAdd(id, rows.Count);
                }
            }

            var weights = new float[sentences.Count, rows.Count];
            for (var s = 0; s < sentences.Count; s++)
            {
                var ids = features[sentences[s]];
                foreach (var id in ids)
                {
                    weights[s, rows[id]] += 1f / ids.Length;
                }
            }

            return new Batch([.. rows.Keys], weights);
        }
    }
}
