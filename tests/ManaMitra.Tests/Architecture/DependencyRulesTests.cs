using Mono.Cecil;

namespace ManaMitra.Tests.Architecture;

/// <summary>
/// The floor plan, checked on the compiled code: every grain interface lives in Grains.Interfaces, and the WhatsApp
/// protocol library knows nothing of Orleans or of the rooms built on it.
/// </summary>
public sealed class DependencyRulesTests
{
    [Fact]
    public void Every_grain_interface_is_in_Grains_Interfaces()
    {
        var strays = ProjectAssemblies.All
            .Where(a => a.Name.Name != "ManaMitra.Grains.Interfaces")
            .SelectMany(a => a.MainModule.GetTypes())
            .Where(t => t.IsInterface && t.Namespace.StartsWith("ManaMitra.", StringComparison.Ordinal) && IsGrainInterface(t))
            .Select(t => $"{t.FullName} in {t.Module.Assembly.Name.Name}")
            .ToList();

        Assert.Empty(strays);
        Assert.Contains(ProjectAssemblies.Named("ManaMitra.Grains.Interfaces").MainModule.GetTypes(), IsGrainInterface);
    }

    [Theory]
    [InlineData("ManaMitra.WhatsApp")]
    [InlineData("ManaMitra.Languages")]
    public void A_protocol_or_data_library_references_no_Orleans_and_no_other_room(string library)
    {
        var references = ProjectAssemblies.Named(library).MainModule.AssemblyReferences.Select(r => r.Name).ToList();

        Assert.DoesNotContain(references, r => r.StartsWith("Orleans", StringComparison.Ordinal) || r.StartsWith("Microsoft.Orleans", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("ManaMitra.", StringComparison.Ordinal));
    }

    private static bool IsGrainInterface(TypeDefinition type) =>
        type.Interfaces.Any(i => i.InterfaceType.FullName is "Orleans.IAddressable" or "Orleans.IGrain" || i.InterfaceType.Name.StartsWith("IGrainWith", StringComparison.Ordinal));
}
