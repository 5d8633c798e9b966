using System.Collections.Generic;
using EmrDsl.Testing;

namespace EmrDsl.Cli.Tests;

internal static class CorpusFiles
{
    public static IEnumerable<object[]> RunJobFlow() => Corpus.Rows(Corpus.RunJobFlow);

    public static IEnumerable<object[]> AddJobFlowSteps() => Corpus.Rows(Corpus.AddJobFlowSteps);

    public static string Path(string name) => Corpus.FilePath(Corpus.RunJobFlow, name);

    public static string StepsPath(string name) => Corpus.FilePath(Corpus.AddJobFlowSteps, name);

    public static IEnumerable<object[]> Serverless() => Corpus.Rows(Corpus.Serverless);

    public static string ServerlessPath(string name) => Corpus.FilePath(Corpus.Serverless, name);

    public static IEnumerable<object[]> RunJobFlowInvalid() => Corpus.Rows(Corpus.RunJobFlowInvalid);

    public static string InvalidPath(string name) => Corpus.FilePath(Corpus.RunJobFlowInvalid, name);

    public static IEnumerable<object[]> SecurityConfiguration() => Corpus.Rows(Corpus.SecurityConfiguration);

    public static string SecurityConfigurationPath(string name) => Corpus.FilePath(Corpus.SecurityConfiguration, name);

    /// <summary>The EMR on EKS (emr-containers) requests.</summary>
    public static IEnumerable<object[]> EmrContainers() => Corpus.Rows(Corpus.EmrContainers);

    public static string EmrContainersPath(string name) => Corpus.FilePath(Corpus.EmrContainers, name);
}
