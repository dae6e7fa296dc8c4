namespace ManaMitra.Persistence.Contracts;

/// <summary>
/// A grain state that may hold work to be done outside the database (a conversation's replies not yet sent). The
/// group-commit storage flags its row while it does, so <see cref="GrainStateScans"/> finds it when no activation is
/// left to finish that work.
/// </summary>
public interface IPendingWork
{
    bool HasPendingWork { get; }
}
