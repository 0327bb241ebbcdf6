using Classifier.Cli;

return CliApp.Run(args, CliConsole.FromProcess(), Console.In);
