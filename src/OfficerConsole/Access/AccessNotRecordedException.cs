namespace ManaMitra.OfficerConsole.Access;

/// <summary>
/// The access log could not store a read (<see cref="AccessLog"/>), so the read is refused: a console page fails, an
/// API answers 503 problem+json.
/// </summary>
public sealed class AccessNotRecordedException : Exception
{
    public AccessNotRecordedException()
        : base("the access log could not store this read, so it was refused")
    {
    }

    public AccessNotRecordedException(string message)
        : base(message)
    {
    }

    public AccessNotRecordedException(Exception innerException)
        : base("the access log could not store this read, so it was refused", innerException)
    {
    }

    public AccessNotRecordedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
