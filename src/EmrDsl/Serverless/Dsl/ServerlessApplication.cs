using System;
using EmrDsl.Model;
using EmrDsl.Serverless.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless;

/// <summary>
/// An EMR Serverless application definition (the CreateApplication request). Immutable like <see cref="Cluster"/>:
/// every method returns a new definition, so a shared base can be refined per environment.
/// The fluent surface is split by area into partial files (Capacity, Lifecycle, Configuration, Output).
/// </summary>
public sealed partial class ServerlessApplication : IHoldsApiSpec
{
    private ServerlessApplication(ServerlessApplicationSpec spec) => Spec = spec;

    /// <summary>The CreateApplication request this definition stands for (never with a client token: the SDK fills one in).</summary>
    public ServerlessApplicationSpec Spec { get; }

    IApiSpec IHoldsApiSpec.Spec => Spec;

    /// <summary>Starts a definition; EMR Serverless names are 1 to 64 letters, digits and <c>. _ / # -</c>.</summary>
    public static ServerlessApplication Create(string name) =>
        new(new ServerlessApplicationSpec { Name = Require.ServerlessName(name, nameof(name)) });

    /// <summary>Wraps an existing spec (for example one read from a CreateApplication payload).</summary>
    public static ServerlessApplication FromSpec(ServerlessApplicationSpec spec) =>
        new(spec ?? throw new ArgumentNullException(nameof(spec)));

    /// <summary>A copy with a different name: how environments derive from a base.</summary>
    public ServerlessApplication Named(string name) => With(s => s with { Name = Require.ServerlessName(name, nameof(name)) });

    /// <summary>The Amazon EMR release, for example <c>EmrRelease.Emr_7_0_0</c> or <c>"emr-7.0.0"</c>.</summary>
    public ServerlessApplication Release(string releaseLabel) =>
        With(s => s with { ReleaseLabel = Require.ReleaseLabel(releaseLabel, nameof(releaseLabel)) });

    /// <summary>The engine the application runs.</summary>
    public ServerlessApplication Type(ServerlessEngine engine)
    {
        Require.Defined(engine, nameof(engine));
        return With(s => s with { Type = ApiEnum<ServerlessEngine>.ToApi(engine) });
    }

    /// <summary>The CPU architecture of the workers (the API's default is X86_64).</summary>
    public ServerlessApplication Architecture(ServerlessArchitecture architecture)
    {
        Require.Defined(architecture, nameof(architecture));
        return With(s => s with { Architecture = architecture });
    }

    /// <summary>Adds or replaces a tag; tags keep the order first written.</summary>
    public ServerlessApplication Tag(string key, string value) => With(s => s with
    {
        Tags = s.Tags.Set(
            Require.TagKey(key, nameof(key)),
            value ?? throw new ArgumentNullException(nameof(value), $"Pass a value for the tag '{key}' (an empty string is allowed).")),
    });

    /// <summary>Applies a change to the spec; the building block of every fluent method.</summary>
    public ServerlessApplication With(Func<ServerlessApplicationSpec, ServerlessApplicationSpec> change) => new(change(Spec));
}
