using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Classifier.Benchmarks [-- --filter *Inference*]
BenchmarkSwitcher.FromAssembly(typeof(Classifier.Benchmarks.InferenceBenchmarks).Assembly).Run(args);
