using CoachingBackend.IntegrationTests.Infrastructure;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Model;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingBackend.IntegrationTests.Foundation;

/// <summary>
/// In production the Host loads its message handlers' code from Internal/Generated, compiled in, and never generates
/// it (docs/adr/0022-pre-generated-code-and-start-up.md). That code must be what Wolverine generates from today's
/// handlers and policies: a handler or policy changed without <c>./build.sh codegen</c> fails here, not in production.
/// </summary>
public sealed class GeneratedCodeTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public void The_handlers_code_compiled_into_the_host_is_the_code_the_handlers_generate_today()
    {
        var committed = Path.GetFullPath(Path.Combine(SourceFolder(), "../../../src/Host/CoachingBackend.Host/Internal/Generated"));
        var generated = Generate(api.Services);

        var expected = Files(committed);
        Assert.Equal(expected.Keys.Order(), generated.Keys.Order());
        foreach (var (file, code) in generated)
            Assert.True(expected[file] == code, $"{file} differs from what Wolverine generates now: run ./build.sh codegen and commit the result.");
    }

    /// <summary>Writes every code file as <c>codegen write</c> does, into a folder of its own, and reads them back.</summary>
    private static Dictionary<string, string> Generate(IServiceProvider services)
    {
        var collections = services.GetServices<ICodeFileCollection>().ToArray();
        var rules = collections.Select(c => c.Rules).Distinct().ToList();
        var original = rules.ToDictionary(r => r, r => r.GeneratedCodeOutputPath);
        var output = Directory.CreateTempSubdirectory("coaching-codegen-").FullName;
        try
        {
            foreach (var r in rules) r.GeneratedCodeOutputPath = output;
            new DynamicCodeBuilder(services, collections) { ServiceVariableSource = services.GetService<IServiceVariableSource>() }
                .WriteGeneratedCode(_ => { });
            return Files(output);
        }
        finally
        {
            foreach (var (r, path) in original) r.GeneratedCodeOutputPath = path;
            Directory.Delete(output, recursive: true);
        }
    }

    private static Dictionary<string, string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText);

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
