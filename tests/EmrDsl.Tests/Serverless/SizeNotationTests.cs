using EmrDsl.Serverless;
using Xunit;

namespace EmrDsl.Tests.Serverless;

/// <summary>
/// Every spelling the service model's size patterns allow is read (the rules add them up), every other is refused; only
/// the DSL's own spelling becomes a typed size (the importer writes <c>Cpu.VCpus(4)</c> for it and a string otherwise).
/// </summary>
public sealed class SizeNotationTests
{
    [Theory]
    [InlineData("4 vCPU", 4)]
    [InlineData("4vCPU", 4)]
    [InlineData("4 vcpu", 4)]
    [InlineData("4VCPU", 4)]
    [InlineData("4", 4)]
    [InlineData("400", 400)]
    public void Cpu_sizes_the_api_allows_are_read(string text, long expected)
    {
        Assert.True(SizeNotation.TryReadVCpus(text, out var vcpus));
        Assert.Equal(expected, vcpus);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0 vCPU")]
    [InlineData("04 vCPU")]
    [InlineData("-4 vCPU")]
    [InlineData("4  vCPU")]
    [InlineData("4 VCpu")]
    [InlineData("4 GB")]
    [InlineData(" 4 vCPU")]
    [InlineData("4 vCPU ")]
    [InlineData("4 vCPU\n")]
    [InlineData("4.5 vCPU")]
    [InlineData("vCPU")]
    [InlineData("99999999999999999999 vCPU")]
    public void Other_cpu_sizes_are_refused(string? text) => Assert.False(SizeNotation.TryReadVCpus(text, out _));

    [Theory]
    [InlineData("16 GB", 16)]
    [InlineData("16GB", 16)]
    [InlineData("16 gb", 16)]
    [InlineData("16 gB", 16)]
    [InlineData("16 Gb", 16)]
    [InlineData("16", 16)]
    public void Memory_sizes_the_api_allows_are_read(string text, long expected)
    {
        Assert.True(SizeNotation.TryReadMemoryGigabytes(text, out var gigabytes));
        Assert.Equal(expected, gigabytes);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0 GB")]
    [InlineData("16 MB")]
    [InlineData("16 GiB")]
    [InlineData("16 vCPU")]
    [InlineData("16  GB")]
    [InlineData("16 GB\n")]
    public void Other_memory_sizes_are_refused(string? text) => Assert.False(SizeNotation.TryReadMemoryGigabytes(text, out _));

    [Theory]
    [InlineData("20 GB", 20)]
    [InlineData("20GB", 20)]
    [InlineData("200 gb", 200)]
    public void Disk_sizes_the_api_allows_are_read(string text, long expected)
    {
        Assert.True(SizeNotation.TryReadDiskGigabytes(text, out var gigabytes));
        Assert.Equal(expected, gigabytes);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("20")]
    [InlineData("0 GB")]
    [InlineData("20 MB")]
    [InlineData("20 GB ")]
    public void Disk_sizes_need_their_unit(string? text) => Assert.False(SizeNotation.TryReadDiskGigabytes(text, out _));

    [Fact]
    public void The_dsl_spelling_reads_back_as_the_typed_size()
    {
        Assert.True(SizeNotation.TryParse("4 vCPU", out Cpu cpu));
        Assert.Equal(Cpu.VCpus(4), cpu);
        Assert.True(SizeNotation.TryParse("16 GB", out Memory memory));
        Assert.Equal(Memory.Gigabytes(16), memory);
        Assert.True(SizeNotation.TryParse("20 GB", out Disk disk));
        Assert.Equal(Disk.Gigabytes(20), disk);
    }

    [Theory]
    [InlineData("4vCPU")]
    [InlineData("4 vcpu")]
    [InlineData("4")]
    [InlineData("0 vCPU")]
    [InlineData("4294967296 vCPU")]
    [InlineData("4 GB")]
    public void Other_cpu_spellings_stay_text(string text) => Assert.False(SizeNotation.TryParse(text, out Cpu _));

    [Theory]
    [InlineData("16GB")]
    [InlineData("16 gb")]
    [InlineData("16")]
    [InlineData("4294967296 GB")]
    public void Other_memory_and_disk_spellings_stay_text(string text)
    {
        Assert.False(SizeNotation.TryParse(text, out Memory _));
        Assert.False(SizeNotation.TryParse(text, out Disk _));
    }
}
