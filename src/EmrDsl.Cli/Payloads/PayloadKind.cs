namespace EmrDsl.Cli.Payloads;

/// <summary>The API requests the CLI reads, told apart by the members only that request has.</summary>
internal enum PayloadKind
{
    /// <summary>EMR <c>RunJobFlow</c> (boto3 <c>run_job_flow</c>, Airflow <c>job_flow_overrides</c>, Step Functions <c>createCluster</c>).</summary>
    RunJobFlow,

    /// <summary>EMR <c>AddJobFlowSteps</c>.</summary>
    AddJobFlowSteps,

    /// <summary>EMR Serverless <c>CreateApplication</c>.</summary>
    ServerlessCreateApplication,

    /// <summary>EMR Serverless <c>StartJobRun</c>.</summary>
    ServerlessStartJobRun,
}
