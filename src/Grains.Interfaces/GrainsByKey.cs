using Orleans.Metadata;

namespace ManaMitra.Interfaces;

/// <summary>
/// References to the grains behind one string-keyed interface, for the paths that make one per message (a webhook's
/// citizen, a send's report). <c>IGrainFactory.GetGrain&lt;T&gt;(string)</c> works out the interface's type id (its
/// attributes, its formatted name) and the grain type implementing it for every reference it makes: about 4 % of a
/// frontend's CPU and 2 % of a silo's at 3,000 messages/s (BENCHMARKS.md, #16). Both answers are fixed once the
/// cluster's grain types are known, so they are worked out once here.
/// </summary>
public sealed class GrainsByKey<TGrain>(IGrainFactory grains, GrainInterfaceTypeResolver interfaces, GrainInterfaceTypeToGrainTypeResolver types)
    where TGrain : IGrainWithStringKey
{
    private readonly GrainInterfaceType _interface = interfaces.GetGrainInterfaceType(typeof(TGrain));

    // A reference, so that threads see it whole or not at all.
    private Resolved? _resolved;

    public TGrain Get(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return (_resolved ??= Resolve()) is { } resolved
            ? (TGrain)grains.GetGrain(GrainId.Create(resolved.Type, key), _interface)
            // A client that has not yet learnt the cluster's grain types: Orleans' own way, which copes with that.
            : grains.GetGrain<TGrain>(key);
    }

    private Resolved? Resolve()
    {
        try
        {
            return new Resolved(types.GetGrainType(_interface));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private sealed record Resolved(GrainType Type);
}
