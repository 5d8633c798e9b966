using System.Collections.Generic;
using System.Linq;
using EmrDsl.Testing;
using EmrDsl.Testing.Oracles;
using Xunit;

namespace EmrDsl.Tests.Oracles;

/// <summary>
/// The corpora hold real requests: the validator must find nothing wrong with the accepted ones, and something
/// wrong with each one the API rejects.
/// </summary>
public sealed class ServiceModelCorpusTests
{
    private static readonly string[] AcceptedCorpora = { Corpus.RunJobFlow, Corpus.AddJobFlowSteps, Corpus.Serverless };

    public static IEnumerable<object[]> Files() =>
        AcceptedCorpora.SelectMany(folder => Corpus.Names(folder).Select(name => new object[] { folder, name }));

    public static IEnumerable<object[]> RejectedFiles() => Corpus.Rows(Corpus.RunJobFlowInvalid);

    [Theory]
    [MemberData(nameof(Files))]
    public void Corpus_request_is_valid(string corpus, string file)
    {
        var (model, shape) = InputShape(corpus, file);

        Assert.Empty(model.Validate(Corpus.Text(corpus, file), shape));
    }

    [Theory]
    [MemberData(nameof(RejectedFiles))]
    public void Rejected_corpus_request_is_invalid(string file)
    {
        Assert.NotEmpty(ServiceModel.Emr.Validate(Corpus.Text(Corpus.RunJobFlowInvalid, file), "RunJobFlowInput"));
    }

    [Fact]
    public void Every_corpus_is_present()
    {
        Assert.All(AcceptedCorpora, folder => Assert.Contains(Files(), row => (string)row[0] == folder));
        Assert.Contains(Files(), row => (string)row[0] == Corpus.Serverless && Corpus.IsStartJobRun((string)row[1]));
        Assert.Contains(Files(), row => (string)row[0] == Corpus.Serverless && !Corpus.IsStartJobRun((string)row[1]));
        Assert.NotEmpty(RejectedFiles());
    }

    private static (ServiceModel Model, string Shape) InputShape(string corpus, string file) => corpus switch
    {
        Corpus.RunJobFlow => (ServiceModel.Emr, "RunJobFlowInput"),
        Corpus.AddJobFlowSteps => (ServiceModel.Emr, "AddJobFlowStepsInput"),
        _ => (ServiceModel.EmrServerless, Corpus.IsStartJobRun(file) ? "StartJobRunRequest" : "CreateApplicationRequest"),
    };
}
