namespace ManaMitra.Catalog;

/// <summary>How a fulfilment is written in the files, and which fulfilments each handler can honestly serve.</summary>
public static class FulfilmentRules
{
    // A handler that issues a document must have a record or an official behind it; one that answers from the
    // catalog must not claim to. TrackStatus reads a department's records, but may also answer from the catalog.
    private static readonly Dictionary<HandlerKind, Fulfilment[]> Allowed = new()
    {
        [HandlerKind.IssueCertificate] = [Fulfilment.Application],
        [HandlerKind.FetchDocument] = [Fulfilment.Record],
        [HandlerKind.PayBill] = [Fulfilment.Payment],
        [HandlerKind.BookSlot] = [Fulfilment.Booking],
        [HandlerKind.RaiseGrievance] = [Fulfilment.Grievance],
        [HandlerKind.Information] = [Fulfilment.Information],
        [HandlerKind.TrackStatus] = [Fulfilment.Information, Fulfilment.Record],
    };

    /// <summary>The name in the files and in the catalog API: <c>record</c>, <c>application</c>…</summary>
    public static string Name(this Fulfilment fulfilment) => fulfilment.ToString().ToLowerInvariant();

    /// <summary>The fulfilments a service with this handler may declare.</summary>
    public static IReadOnlyList<Fulfilment> For(HandlerKind handler) => Allowed[handler];

    /// <summary>Exact lowercase names only, as with handler names: <c>Record</c> or <c>0</c> is a defect, not an alias.</summary>
    internal static bool TryParse(string value, out Fulfilment fulfilment)
    {
        foreach (var candidate in Enum.GetValues<Fulfilment>())
        {
            if (string.Equals(candidate.Name(), value, StringComparison.Ordinal))
            {
                fulfilment = candidate;
                return true;
            }
        }

        fulfilment = default;
        return false;
    }

    internal static string Names() => string.Join(", ", Enum.GetValues<Fulfilment>().Select(f => f.Name()));
}
