namespace ManaMitra.Persistence;

/// <summary>The database schema does not match what this build expects; the message says what to do.</summary>
public sealed class SchemaVersionException(string message) : Exception(message);
