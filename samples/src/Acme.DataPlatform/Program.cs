using Acme.DataPlatform.Serverless;

// Clusters need no code here: the build writes their artifacts (see ../../README.md).
// EMR Serverless requests are produced at run time: `dotnet run` prints them.
Console.WriteLine("# CreateApplication");
Console.Write(Reporting.Application.ToCreateApplicationJson());
Console.WriteLine("# StartJobRun");
Console.Write(Reporting.Run(args.Length > 0 ? args[0] : "00fabcdexample01").ToStartJobRunJson());
