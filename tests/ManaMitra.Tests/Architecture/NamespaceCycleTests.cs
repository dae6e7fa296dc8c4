namespace ManaMitra.Tests.Architecture;

/// <summary>
/// Dependencies point one way: no ManaMitra namespace uses another that, directly or through others, uses it back.
/// A cycle is how "one home per concept" erodes (a state name borrowed from the chat grain, a protocol type that
/// knows the outbox), so the build of the tests names the circle before a reviewer has to find it.
/// </summary>
public sealed class NamespaceCycleTests
{
    private static readonly NamespaceGraph Graph = new(ProjectAssemblies.All);

    [Fact]
    public void No_namespace_depends_on_itself_through_others()
    {
        // Each circle with its edges, so the message says which use to remove.
        var cycles = Graph.Cycles()
            .Select(c => string.Join(Environment.NewLine, c.SelectMany(from => Graph.UsedBy(from).Where(c.Contains).Select(to => $"{from} -> {to} ({Graph.Example(from, to)})"))))
            .ToList();

        Assert.True(cycles.Count == 0, string.Join(Environment.NewLine, cycles));
    }

    [Fact]
    public void The_graph_sees_the_dependencies_that_are_there()
    {
        // Guards the test above against passing on an empty graph: known edges in both directions of the layering.
        Assert.Contains("ManaMitra.Interfaces.Chat", Graph.UsedBy("ManaMitra.Grains.Citizens"));
        Assert.Contains("ManaMitra.Conversations", Graph.UsedBy("ManaMitra.Grains.Citizens"));
        Assert.Contains("ManaMitra.WhatsApp.Messages", Graph.UsedBy("ManaMitra.Conversations"));
        Assert.DoesNotContain("ManaMitra.Grains.Citizens", Graph.UsedBy("ManaMitra.Conversations"));
        Assert.True(Graph.Namespaces.Count >= 20, $"only {Graph.Namespaces.Count} namespaces read");
    }
}
