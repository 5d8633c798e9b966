using Acme.DataPlatform.Containers;
using Acme.DataPlatform.Environments;
using Acme.DataPlatform.Pipelines;
using Acme.DataPlatform.Serverless;

// Every definition's requests are written by the build (see ../../README.md); nothing here is needed for them.
// The same definitions also work at run time. First, the build-time payloads are checked against what the
// definitions give when the program runs (helpers, settings records and loops included):
var clusters = new (string Name, string BuildTime, string RunTime)[]
{
    ("clickstream-dev", Clickstream.DevArtifacts.RunJobFlowJson, Clickstream.Dev.ToRunJobFlowJson()),
    ("clickstream-prod", Clickstream.ProdArtifacts.RunJobFlowJson, Clickstream.Prod.ToRunJobFlowJson()),
    ("nightly-etl", NightlyEtl.ClusterArtifacts.RunJobFlowJson, NightlyEtl.Cluster.ToRunJobFlowJson()),
    ("clickstream-sessionization (EMR on EKS)", EksSessionization.DailyArtifacts.EksStartJobRunJson, EksSessionization.Daily.ToStartJobRunJson()),
};
foreach (var (name, buildTime, runTime) in clusters)
{
    Console.WriteLine($"# {name}: build time {(buildTime == runTime ? "==" : "!=")} run time");
}

if (clusters.Any(c => c.BuildTime != c.RunTime))
{
    return 1;
}

// `dotnet run -- <application-id>` prints the reporting job's StartJobRun request for another application.
Console.WriteLine("# CreateApplication");
Console.Write(Reporting.Application.ToCreateApplicationJson());
Console.WriteLine("# StartJobRun");
Console.Write((args.Length > 0 ? Reporting.WeeklyRun.With(s => s with { ApplicationId = args[0] }) : Reporting.WeeklyRun).ToStartJobRunJson());
return 0;
