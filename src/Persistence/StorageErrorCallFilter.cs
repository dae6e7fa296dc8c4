using System.Data.Common;
using ManaMitra.Persistence.Contracts;

namespace ManaMitra.Persistence;

/// <summary>
/// Every grain call of a silo on PostgreSQL passes here on its way out: a database error (Npgsql's exceptions are
/// <see cref="DbException"/>s) leaves as a <see cref="StorageUnavailableException"/> that Orleans can serialize, with
/// the driver's message and SQLSTATE but not the driver's exception, which would not cross. A grain calling another
/// gets the callee's error mapped already, by the callee's own pass through here.
/// </summary>
public sealed class StorageErrorCallFilter : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (DbException e)
        {
            throw StorageUnavailableException.From(e);
        }
    }
}
