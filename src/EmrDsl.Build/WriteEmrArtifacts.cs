using System;
using System.Collections.Generic;
using System.IO;
using EmrDsl.Artifacts;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace EmrDsl.Build;

/// <summary>
/// Writes the artifacts the EmrDsl generator compiled into an assembly (RunJobFlow, Terraform, ... JSON)
/// as files, reading the assembly's metadata only.
/// </summary>
public sealed class WriteEmrArtifacts : Task
{
    [Required]
    public string AssemblyPath { get; set; } = string.Empty;

    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>Every artifact file now in the output directory.</summary>
    [Output]
    public ITaskItem[] ArtifactFiles { get; private set; } = Array.Empty<ITaskItem>();

    public override bool Execute()
    {
        try
        {
            var artifacts = ArtifactReader.Read(AssemblyPath);
            var files = new List<ITaskItem>();

            // A project writes "$(MSBuildThisFileDirectory)../../artifacts/emr/": the paths it prints and outputs are
            // the files' own, without the "src/X/../../" it took to get there.
            foreach (var result in ArtifactWriter.Write(artifacts, Path.GetFullPath(OutputDirectory)))
            {
                if (result.State != ArtifactFileState.Deleted)
                {
                    files.Add(new TaskItem(result.Path));
                }

                var importance = result.State == ArtifactFileState.Unchanged ? MessageImportance.Low : MessageImportance.High;
                Log.LogMessage(importance, "EmrDsl: {0} {1}", result.State.ToString().ToLowerInvariant(), result.Path);
            }

            ArtifactFiles = files.ToArray();
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or InvalidDataException or BadImageFormatException)
        {
            Log.LogError(subcategory: null, errorCode: "EMRB001", helpKeyword: null, file: AssemblyPath, lineNumber: 0, columnNumber: 0,
                endLineNumber: 0, endColumnNumber: 0, message: "Could not write EMR artifacts to '{0}': {1}", OutputDirectory, ex.Message);
            return false;
        }
    }
}
