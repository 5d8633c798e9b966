using Acme.DataPlatform.Serverless;

// Every definition's requests are written by the build (see ../../README.md); nothing here is needed for them.
// The same definitions also work at run time: `dotnet run -- <application-id>` prints the reporting job's
// StartJobRun request for another application.
Console.WriteLine("# CreateApplication");
Console.Write(Reporting.Application.ToCreateApplicationJson());
Console.WriteLine("# StartJobRun");
Console.Write((args.Length > 0 ? Reporting.WeeklyRun.With(s => s with { ApplicationId = args[0] }) : Reporting.WeeklyRun).ToStartJobRunJson());
