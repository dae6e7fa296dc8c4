using System.Security.Cryptography;
using System.Text;
using ManaMitra.Catalog;
using ManaMitra.Departments.Handlers;
using ManaMitra.Departments.Outcomes;
using ManaMitra.Interfaces.Departments;

namespace ManaMitra.Departments.Documents;

/// <summary>
/// The id of a fetched document: the same record fetched again is the same document, so verifying an old copy
/// still works, and the record's own number never appears in the id.
/// </summary>
public static class DocumentIds
{
    public static string For(ServiceContext context, string record)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{context.Service.Id}\u001f{record}"));
        return $"{context.Service.Id.ToUpperInvariant()}-{Convert.ToHexString(hash, 0, 6)}";
    }

    public static ServiceOutcome Found(ServiceContext context, string reference, IssuedDocument document)
    {
        var message = context.Text.DocumentFound.Fill(context.ServiceName);
        return new ServiceOutcome
        {
            Status = OutcomeStatus.Completed,
            Reference = reference,
            Message = message,
            // The document prints its holder once, beside its number; the chat names them before its first facts.
            Fields = [context.Text.Name.Field(document.HolderName), .. document.Fields.Take(3)],
            Document = document,
        };
    }
}
