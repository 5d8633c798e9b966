using Acme.DataPlatform.Serverless;
using EmrDsl;
using EmrDsl.Serverless;

namespace Acme.DataPlatform.StateMachines;

/// <summary>
/// The weekly report run from AWS Step Functions: the build writes <c>weekly-report-sfn.startjobrun.json</c> and
/// <c>weekly-report-sfn.asl.json</c>, a <c>startJobRun.sync</c> state that waits for the run to end, against the application
/// id the execution input carries (<c>{"ApplicationId": "00f..."}</c>), see docs/step-functions.md.
/// </summary>
public static partial class WeeklyReportStateMachine
{
    [EmrServerless(FileName = "weekly-report-sfn", StepFunctions = true)]
    public static ServerlessJobRun Run => Reporting.WeeklyRun.Named("weekly-report-sfn");
}
